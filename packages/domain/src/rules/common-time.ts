/*
 * The common-time finder: where in a school's week can a whole team meet? Times are minutes
 * after midnight on a weekday (ISO numbering, 1 = Monday), the way a bell schedule is written,
 * so the answer holds every week whatever the date or daylight-saving time.
 */

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A stretch of one weekday, [start, end) in minutes after midnight. */
export interface WeeklySpan {
  weekday: Weekday;
  start: number;
  end: number;
}

export interface MemberTimetable {
  personId: string;
  /** When the member teaches (or is otherwise committed) each week. */
  busy: readonly WeeklySpan[];
}

export interface CommonTimeQuery {
  members: readonly MemberTimetable[];
  /** The school day on each weekday it meets: no window is proposed outside these spans. */
  schoolDay: readonly WeeklySpan[];
  /** The shortest window worth proposing. */
  minMinutes: number;
  /** 0: everyone is free; 1: also windows where all but one member is free. */
  tolerance: 0 | 1;
}

interface CommonWindow extends WeeklySpan {
  minutes: number;
  /** The members free for the whole window. */
  freeIds: string[];
  /** The member who is not free for all of it (with tolerance 1), else null. */
  missingId: string | null;
}

function overlaps(a: WeeklySpan, b: WeeklySpan): boolean {
  return a.weekday === b.weekday && a.start < b.end && b.start < a.end;
}

/** The maximal runs of `day` in which none of `busy` falls, as [start, end) pairs. */
function freeRuns(day: WeeklySpan, busy: readonly WeeklySpan[]): [number, number][] {
  const blocking = busy
    .filter((span) => overlaps(span, day))
    .map((span) => [Math.max(span.start, day.start), Math.min(span.end, day.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  let cursor = day.start;
  for (const [start, end] of blocking) {
    if (start > cursor) runs.push([cursor, start]);
    cursor = Math.max(cursor, end);
  }
  if (cursor < day.end) runs.push([cursor, day.end]);
  return runs;
}

function windowsFor(
  query: CommonTimeQuery,
  present: readonly MemberTimetable[],
  missing: MemberTimetable | null,
): CommonWindow[] {
  const busy = present.flatMap((member) => member.busy);
  const found: CommonWindow[] = [];
  for (const day of query.schoolDay) {
    for (const [start, end] of freeRuns(day, busy)) {
      if (end - start < query.minMinutes) continue;
      const span = { weekday: day.weekday, start, end };
      // "All but one" only when that one is really busy in it; otherwise it is a full window.
      if (missing && !missing.busy.some((taken) => overlaps(taken, span))) continue;
      found.push({
        ...span,
        minutes: end - start,
        freeIds: present.map((member) => member.personId),
        missingId: missing?.personId ?? null,
      });
    }
  }
  return found;
}

/** Whole-team windows first, then the longest, then the earliest in the week. */
function byRank(a: CommonWindow, b: CommonWindow): number {
  return (
    Number(a.missingId !== null) - Number(b.missingId !== null) ||
    b.minutes - a.minutes ||
    a.weekday - b.weekday ||
    a.start - b.start
  );
}

/**
 * Every weekly window of at least `minMinutes` inside the school day in which all members are
 * free — each maximal, so a window is never a piece of a longer one — and, with tolerance 1,
 * the windows where exactly one named member is busy, ranked.
 */
export function findCommonTime(query: CommonTimeQuery): CommonWindow[] {
  const windows = windowsFor(query, query.members, null);
  if (query.tolerance === 1 && query.members.length > 1) {
    for (const missing of query.members) {
      const present = query.members.filter((member) => member !== missing);
      windows.push(...windowsFor(query, present, missing));
    }
  }
  return windows.sort(byRank);
}

/**
 * How many of `members` are free in each slot of `slotMinutes` across the school day: the
 * week view's heatmap. A member is free in a slot when no busy span touches any of it.
 */
export function freeCountsBySlot(
  members: readonly MemberTimetable[],
  schoolDay: readonly WeeklySpan[],
  slotMinutes: number,
): { weekday: Weekday; start: number; end: number; free: number }[] {
  const slots: { weekday: Weekday; start: number; end: number; free: number }[] = [];
  for (const day of schoolDay) {
    for (let start = day.start; start < day.end; start += slotMinutes) {
      const slot = { weekday: day.weekday, start, end: Math.min(start + slotMinutes, day.end) };
      const free = members.filter(
        (member) => !member.busy.some((span) => overlaps(span, slot)),
      ).length;
      slots.push({ ...slot, free });
    }
  }
  return slots;
}
