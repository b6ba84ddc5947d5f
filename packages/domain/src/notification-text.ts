import { formatLocalDate, formatLocalDateTime } from "./local-time.ts";
import type { CaseloadFlagKind } from "./rules/caseload-flags.ts";

/*
 * The words of notifications about meetings and of the weekly summaries, in one place so the
 * events, the reminders and their tests read the same. Times are in the district's zone.
 */

export type MeetingChange = "scheduled" | "changed" | "cancelled";

const changeWords: Record<MeetingChange, string> = {
  scheduled: "scheduled for",
  changed: "moved to",
  cancelled: "cancelled on",
};

/** "Grades 3–5 Team: support meeting scheduled for Tue, Dec 1, 3:00 PM". */
export function meetingChangeTitle(
  change: MeetingChange,
  meeting: { teamName: string; startsAt: Date },
  timeZone: string,
): string {
  return `${meeting.teamName}: support meeting ${changeWords[change]} ${formatLocalDateTime(meeting.startsAt, timeZone)}`;
}

/** "Grades 3–5 Team: weekly support meetings from Tue, Dec 1, 3:00 PM until Tue, Mar 2 (14 meetings)". */
export function seriesChangeTitle(
  change: Exclude<MeetingChange, "changed">,
  series: { teamName: string; firstStartsAt: Date; lastStartsAt: Date; count: number },
  timeZone: string,
): string {
  const first = formatLocalDateTime(series.firstStartsAt, timeZone);
  const last = formatLocalDate(series.lastStartsAt, timeZone);
  const count = `${series.count} ${series.count === 1 ? "meeting" : "meetings"}`;
  return change === "scheduled"
    ? `${series.teamName}: support meetings scheduled from ${first} until ${last} (${count})`
    : `${series.teamName}: support meetings cancelled from ${first} until ${last} (${count})`;
}

/** "Reminder: Grades 3–5 Team support meeting, Tue, Dec 1, 3:00 PM". */
export function meetingReminderTitle(
  meeting: { teamName: string; startsAt: Date },
  timeZone: string,
): string {
  return `Reminder: ${meeting.teamName} support meeting, ${formatLocalDateTime(meeting.startsAt, timeZone)}`;
}

/** The meeting's own title and place, for the notification's second line. */
export function meetingBody(meeting: { title: string; location: string | null }): string {
  return meeting.location ? `${meeting.title} · ${meeting.location}` : meeting.title;
}

const flagSummaryWords: Record<CaseloadFlagKind, string> = {
  behind_on_micropd: "behind on MicroPD",
  overdue_or_stuck_steps: "with stuck or overdue steps",
  no_recent_meeting: "without a meeting in 21 days",
  ready_for_review: "ready for review",
  not_observed_recently: "not observed in 45 days",
};

/** A coach's Monday summary: how many teachers carry each flag. */
export function caseloadSummaryText(
  teachers: number,
  counts: ReadonlyMap<CaseloadFlagKind, number>,
  flagged: number,
): { title: string; body: string } {
  const title =
    flagged === 0
      ? `Your caseload this week: no flags across ${teachers} ${teachers === 1 ? "teacher" : "teachers"}`
      : `Your caseload this week: ${flagged} of ${teachers} ${teachers === 1 ? "teacher" : "teachers"} flagged`;
  const parts = (Object.keys(flagSummaryWords) as CaseloadFlagKind[])
    .map((kind) => [kind, counts.get(kind) ?? 0] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${flagSummaryWords[kind]}`);
  return { title, body: parts.length > 0 ? parts.join(" · ") : "Everyone is on track." };
}

export interface TeamWeek {
  teamName: string;
  schoolName: string;
  scheduled: number;
  held: number;
  /** Minutes of the team's protected collaboration blocks in a week. */
  collaborationMinutes: number;
  /** Minutes held last week by the team's meetings that took place in those blocks. */
  collaborationMinutesUsed: number;
}

function teamLine(team: TeamWeek): string {
  const parts = [];
  if (team.scheduled > 0) parts.push(`${team.held} of ${team.scheduled} held`);
  if (team.collaborationMinutes > 0) {
    parts.push(
      `${team.collaborationMinutesUsed} of ${team.collaborationMinutes} collaboration minutes used`,
    );
  }
  return `${team.teamName}: ${parts.join(", ")}`;
}

/**
 * A principal's Monday summary, per team: support meetings held of those scheduled last week,
 * and the minutes of protected collaboration time the team's meetings used. Teams with neither
 * are left out.
 */
export function schoolSummaryText(teams: readonly TeamWeek[]): { title: string; body: string } {
  const shown = teams.filter((team) => team.scheduled > 0 || team.collaborationMinutes > 0);
  const held = shown.reduce((sum, team) => sum + team.held, 0);
  const scheduled = shown.reduce((sum, team) => sum + team.scheduled, 0);
  const title =
    scheduled === 0
      ? "Last week: no support meetings were scheduled"
      : `Last week: ${held} of ${scheduled} support ${scheduled === 1 ? "meeting" : "meetings"} held`;
  const body =
    shown.length === 0
      ? "No team had a support meeting or collaboration time scheduled."
      : shown.map(teamLine).join(" · ");
  return { title, body };
}
