import type { Page } from "playwright-core";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * Running a team's meeting in the coach app: the demo moves meetings past weekends and breaks,
 * so a test takes the team's next scheduled meeting, whatever its day, and starts it now.
 */

interface UpcomingMeeting {
  id: string;
  teamName: string;
  status: string;
  // Dates stay as superjson left them: strings.
  startsAt: string;
}

/**
 * Opens the team's next scheduled meeting (read through the page's own session) and starts it.
 * A meeting on a later day starts only by moving it to now, on the record; resolves with the
 * meeting's id once the room's step timer shows.
 */
export async function startNextMeeting(
  page: Page,
  baseUrl: string,
  teamName: string,
): Promise<string> {
  const { upcoming } = await queryAsPage<{ upcoming: UpcomingMeeting[] }>(
    page,
    baseUrl,
    "meetings.forCoach",
  );
  const [meeting] = upcoming
    .filter((row) => row.teamName === teamName && row.status === "scheduled")
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (!meeting) throw new Error(`${teamName} has no scheduled meeting to run.`);
  await page.goto(`/coach/meetings/${meeting.id}`);
  await page.getByRole("button", { name: "Start meeting" }).click();
  const move = page.getByRole("button", { name: "Move it to now and start" });
  await Promise.race([move.waitFor(), page.getByRole("timer").waitFor()]);
  if (await move.isVisible()) await move.click();
  await page.getByRole("timer").waitFor();
  return meeting.id;
}

/** The room's agenda step buttons, and a wait until the step numbered `n` (e.g. "2.") is current. */
export function agendaSteps(page: Page) {
  return {
    steps: page.getByRole("navigation", { name: "Agenda steps" }).getByRole("button"),
    current: (n: string) =>
      page.locator("nav[aria-label='Agenda steps'] [aria-current=step]", { hasText: n }).waitFor(),
  };
}
