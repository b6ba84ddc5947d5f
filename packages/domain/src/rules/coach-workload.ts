import type { CoachWorkloadWeek } from "../coaching-log.ts";

/*
 * A coach's workload per week, from the interactions they logged: how many, how many minutes,
 * how many different teachers. Weeks run Monday to Sunday on calendar days, so a week reads the
 * same in every time zone; empty weeks are kept so a chart shows the gap.
 */

/** What the roll-up needs of one logged interaction. */
export interface WorkloadEntry {
  occurredOn: string;
  minutes: number;
  teacherIds: readonly string[];
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function dayOf(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week a calendar day falls in: "2026-12-06" (a Sunday) → "2026-11-30". */
export function weekOf(day: string): string {
  const number = dayNumber(day);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
  const weekday = (((number + 3) % 7) + 7) % 7;
  return dayOf(number - weekday);
}

/** The Mondays of the current week and `pastWeeks` before it, newest first. */
export function workloadWeeks(today: string, pastWeeks: number): string[] {
  const monday = dayNumber(weekOf(today));
  return Array.from({ length: pastWeeks + 1 }, (_, index) => dayOf(monday - index * 7));
}

/** The weekly roll-up for the given weeks (Mondays, in the order given); other days are left out. */
export function coachWorkload(
  entries: readonly WorkloadEntry[],
  weeks: readonly string[],
): CoachWorkloadWeek[] {
  const tallies = new Map(
    weeks.map((week) => [week, { interactions: 0, minutes: 0, teachers: new Set<string>() }]),
  );
  for (const entry of entries) {
    const tally = tallies.get(weekOf(entry.occurredOn));
    if (!tally) continue;
    tally.interactions += 1;
    tally.minutes += entry.minutes;
    for (const teacherId of entry.teacherIds) tally.teachers.add(teacherId);
  }
  return weeks.map((week) => {
    const tally = tallies.get(week);
    return {
      weekOf: week,
      interactions: tally?.interactions ?? 0,
      minutes: tally?.minutes ?? 0,
      teachersReached: tally?.teachers.size ?? 0,
    };
  });
}
