import type { Page } from "playwright-core";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * Running a team's meeting in the coach app: the demo moves meetings past weekends and breaks,
 * so a test takes the team's next scheduled meeting, whatever its day, and starts it now, then
 * works in the room.
 */

interface UpcomingMeeting {
  id: string;
  title: string;
  teamName: string;
  status: string;
  // Dates stay as superjson left them: strings.
  startsAt: string;
  endsAt: string;
}

/** The team's scheduled meetings, soonest first, read through the coach's own session. */
export async function scheduledMeetingsOf(
  page: Page,
  baseUrl: string,
  teamName: string,
): Promise<UpcomingMeeting[]> {
  const { upcoming } = await queryAsPage<{ upcoming: UpcomingMeeting[] }>(
    page,
    baseUrl,
    "meetings.forCoach",
  );
  return upcoming
    .filter((row) => row.teamName === teamName && row.status === "scheduled")
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
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
  const [meeting] = await scheduledMeetingsOf(page, baseUrl, teamName);
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

/** Marks every participant of the running meeting present, one radio each, as the coach would. */
export async function markEveryonePresent(page: Page): Promise<void> {
  const attendance = page
    .getByRole("group")
    .filter({ has: page.getByRole("radio", { name: "Present" }) });
  const count = await attendance.count();
  for (let index = 0; index < count; index += 1) {
    await attendance.nth(index).getByRole("radio", { name: "Present" }).check();
  }
  await page.getByText("Everyone is marked.").waitFor();
}
