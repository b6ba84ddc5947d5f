import type { Weekday, WeeklySpan } from "./common-time.ts";
import { wallClock } from "./wall-clock.ts";
import { displayClock } from "./weekly-time.ts";

/*
 * Meetings fitted to the school's real week: a series skips the district's breaks, a meeting is
 * checked against the school day from the bell schedule, and a held meeting's minutes inside a
 * team's protected block count as block time used. Wall-clock readings are in the district's
 * time zone, the one breaks and bell schedules are written in.
 */

/** A district break, inclusive days ("2026-12-21" to "2027-01-01"). */
export interface SchoolBreak {
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface SkippedOccurrence {
  startsAt: Date;
  breakName: string;
}

interface LocalReading {
  day: string;
  weekday: Weekday;
  minute: number;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The instant's day ("2026-12-22"), ISO weekday and minute of the day in `timeZone`. */
function localReading(instant: Date, timeZone: string): LocalReading {
  const local = wallClock(instant, timeZone);
  return {
    day: `${local.year}-${pad(local.month)}-${pad(local.day)}`,
    weekday: (((local.weekday + 6) % 7) + 1) as Weekday,
    minute: local.hours * 60 + local.minutes,
  };
}

/** The break a moment's local day falls in, if any. */
export function breakOn(
  instant: Date,
  breaks: readonly SchoolBreak[],
  timeZone: string,
): SchoolBreak | null {
  const { day } = localReading(instant, timeZone);
  return breaks.find((school) => school.startsOn <= day && day <= school.endsOn) ?? null;
}

/** A series' occurrences split into those kept and those that fall in a break (with its name). */
export function withoutBreaks(
  starts: readonly Date[],
  breaks: readonly SchoolBreak[],
  timeZone: string,
): { kept: Date[]; skipped: SkippedOccurrence[] } {
  const kept: Date[] = [];
  const skipped: SkippedOccurrence[] = [];
  for (const startsAt of starts) {
    const inBreak = breakOn(startsAt, breaks, timeZone);
    if (inBreak) skipped.push({ startsAt, breakName: inBreak.name });
    else kept.push(startsAt);
  }
  return { kept, skipped };
}

/**
 * Why a meeting lies outside the school day ("ends at 15:15, after the school day ends at
 * 14:45"), or null when it lies inside it. A weekday without a bell schedule, or a school
 * without one at all, is not judged: there is nothing to say it against.
 */
export function outsideSchoolDay(
  meeting: { startsAt: Date; endsAt: Date },
  schoolDay: readonly WeeklySpan[],
  timeZone: string,
): string | null {
  const start = localReading(meeting.startsAt, timeZone);
  const end = localReading(meeting.endsAt, timeZone);
  const day = schoolDay.find((span) => span.weekday === start.weekday);
  if (!day) return null;
  const endMinute = end.day === start.day ? end.minute : 24 * 60;
  if (start.minute < day.start) {
    return `starts at ${displayClock(start.minute)}, before the school day begins at ${displayClock(day.start)}`;
  }
  if (endMinute > day.end) {
    return `ends at ${displayClock(endMinute)}, after the school day ends at ${displayClock(day.end)}`;
  }
  return null;
}

/**
 * The minutes of a meeting that lie inside one of the team's weekly blocks on the meeting's
 * day: a held meeting counts these as block time used, whether or not it was scheduled "into"
 * the block. Blocks of one weekday that overlap each other are not counted twice.
 */
export function blockMinutesUsed(
  meeting: { startsAt: Date; endsAt: Date },
  blocks: readonly WeeklySpan[],
  timeZone: string,
): number {
  const start = localReading(meeting.startsAt, timeZone);
  const end = localReading(meeting.endsAt, timeZone);
  const endMinute = end.day === start.day ? end.minute : 24 * 60;
  const covered = new Set<number>();
  for (const block of blocks) {
    if (block.weekday !== start.weekday) continue;
    for (
      let minute = Math.max(block.start, start.minute);
      minute < Math.min(block.end, endMinute);
      minute++
    ) {
      covered.add(minute);
    }
  }
  return covered.size;
}

/** Whether a meeting lies exactly on one of the blocks' times: the block it was scheduled into. */
export function matchingBlock<T extends WeeklySpan>(
  meeting: { startsAt: Date; endsAt: Date },
  blocks: readonly T[],
  timeZone: string,
): T | null {
  const start = localReading(meeting.startsAt, timeZone);
  const end = localReading(meeting.endsAt, timeZone);
  return (
    blocks.find(
      (block) =>
        block.weekday === start.weekday &&
        block.start === start.minute &&
        end.day === start.day &&
        block.end === end.minute,
    ) ?? null
  );
}

/**
 * When a held meeting actually ran: from when it was started (else as scheduled) for the minutes
 * it was held (else its scheduled length).
 */
function heldSpan(meeting: {
  startsAt: Date;
  endsAt: Date;
  startedAt: Date | null;
  heldMinutes: number | null;
}): { startsAt: Date; endsAt: Date } {
  const startsAt = meeting.startedAt ?? meeting.startsAt;
  const minutes =
    meeting.heldMinutes ?? (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000;
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
}

/** Each team's block time used: the minutes of its held meetings inside its weekly blocks. */
export function teamBlockUse(
  meetings: readonly {
    teamId: string;
    startsAt: Date;
    endsAt: Date;
    startedAt: Date | null;
    heldMinutes: number | null;
  }[],
  blocks: readonly (WeeklySpan & { teamId: string })[],
  timeZone: string,
): { teamId: string; usedMinutes: number }[] {
  const used = new Map<string, number>();
  for (const meeting of meetings) {
    const own = blocks.filter((block) => block.teamId === meeting.teamId);
    const minutes = blockMinutesUsed(heldSpan(meeting), own, timeZone);
    used.set(meeting.teamId, (used.get(meeting.teamId) ?? 0) + minutes);
  }
  return [...used].map(([teamId, usedMinutes]) => ({ teamId, usedMinutes }));
}
