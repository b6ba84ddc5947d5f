/**
 * For tests: a team meeting a coach may schedule: 45 minutes in the Library from `startsAt`,
 * Chicago time, no video link; once, unless `weeklyUntil` names the last day of a weekly series.
 */
export function teamMeetingInput(params: {
  teamId: string;
  title: string;
  startsAt: Date;
  agenda: string[];
  weeklyUntil?: string;
}) {
  return {
    teamId: params.teamId,
    title: params.title,
    startsAt: params.startsAt,
    endsAt: new Date(params.startsAt.getTime() + 45 * 60_000),
    location: "Library",
    videoUrl: null,
    timeZone: "America/Chicago",
    recurrence: params.weeklyUntil
      ? { frequency: "weekly" as const, interval: 1, until: params.weeklyUntil }
      : null,
    agenda: params.agenda,
  };
}
