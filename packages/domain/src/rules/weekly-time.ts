import type { Weekday, WeeklySpan } from "./common-time.ts";

/*
 * Saying weekly times the way a school does ("Tuesday 13:00–13:45"), and deriving the school
 * day from a bell schedule. Shared by the conflict messages and the pages, so they read alike.
 */

export const weekdayNames: Record<Weekday, string> = {
  1: "Monday",
  2: "Tuesday",
  3: "Wednesday",
  4: "Thursday",
  5: "Friday",
  6: "Saturday",
  7: "Sunday",
};

/** Minutes after midnight as a time input takes them (24-hour), "08:05"; never shown as is. */
export function clockTime(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** Minutes after midnight as people read them, 12-hour like every time shown: "8:05 AM". */
export function displayClock(minute: number): string {
  const hours = Math.floor(minute / 60) % 24;
  const period = hours < 12 ? "AM" : "PM";
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minute % 60).padStart(2, "0")} ${period}`;
}

/** "Tuesday 1:00 PM–1:45 PM". */
export function describeSpan(span: WeeklySpan): string {
  return `${weekdayNames[span.weekday]} ${displayClock(span.start)}–${displayClock(span.end)}`;
}

/**
 * The school day on each weekday with a bell schedule: from the first bell to the last. Gaps
 * between periods (passing time) still count as the school day.
 */
export function schoolDayFrom(periods: readonly WeeklySpan[]): WeeklySpan[] {
  const days = new Map<Weekday, WeeklySpan>();
  for (const period of periods) {
    const day = days.get(period.weekday);
    days.set(period.weekday, {
      weekday: period.weekday,
      start: Math.min(day?.start ?? period.start, period.start),
      end: Math.max(day?.end ?? period.end, period.end),
    });
  }
  return [...days.values()].sort((a, b) => a.weekday - b.weekday);
}

export function spansOverlap(a: WeeklySpan, b: WeeklySpan): boolean {
  return a.weekday === b.weekday && a.start < b.end && b.start < a.end;
}
