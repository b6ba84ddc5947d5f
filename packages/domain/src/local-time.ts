import { TZDate } from "@date-fns/tz";
import { formatInstant } from "./date-format.ts";
import { wallClock } from "./rules/wall-clock.ts";

/*
 * Dates as people in a district read them: in the district's time zone, never the server's.
 * Notifications are written by the server and read by people in one place, so every text and
 * every "which day is it" question goes through here.
 */

/** "Tue, Dec 1, 3:00 PM CST" in the given zone: read in emails and notifications, anywhere. */
export function formatLocalDateTime(at: Date, timeZone: string): string {
  return formatInstant(at, { timeZone, style: "weekdayMoment", showZone: true });
}

/** "Tue, Dec 1" in the given zone. */
export function formatLocalDate(at: Date, timeZone: string): string {
  return formatInstant(at, { timeZone, style: "weekdayDate" });
}

const calendarDayFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * A calendar day already read in the district's zone ("2026-11-21", see `localDay`) as people
 * read it: "Nov 21, 2026". No zone is applied again, so the day never shifts.
 */
export function formatLocalDay(day: string): string {
  return calendarDayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** The calendar day (YYYY-MM-DD) it is at `at` in the given zone. */
export function localDay(at: Date, timeZone: string): string {
  const local = wallClock(at, timeZone);
  const month = String(local.month).padStart(2, "0");
  const day = String(local.day).padStart(2, "0");
  return `${local.year}-${month}-${day}`;
}

/** The wall-clock time (HH:mm, 24-hour as time inputs take it) at `at` in the given zone. */
export function localClock(at: Date, timeZone: string): string {
  const local = wallClock(at, timeZone);
  return `${String(local.hours).padStart(2, "0")}:${String(local.minutes).padStart(2, "0")}`;
}

/** A YYYY-MM-DD day moved by whole days (calendar arithmetic, no time zone involved). */
export function addDaysToDay(day: string, days: number): string {
  const moved = new Date(`${day}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The ISO week `at` falls in, in the given zone: "2026-W49" (weeks start on Monday). */
export function isoWeekKey(at: Date, timeZone: string): string {
  const day = new Date(`${localDay(at, timeZone)}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  // The ISO week-year is the year of the week's Thursday.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Monday 00:00 (local) of the week `at` falls in, as an instant. */
export function startOfLocalWeek(at: Date, timeZone: string): Date {
  const local = new TZDate(at.getTime(), timeZone);
  const weekday = local.getDay() || 7;
  const monday = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - (weekday - 1),
    timeZone,
  );
  return new Date(monday.getTime());
}

/** The instant it is `hour`:`minute` on a calendar day (YYYY-MM-DD) in the given zone. */
export function atLocalTime(day: string, hour: number, minute: number, timeZone: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date, hour, minute, timeZone).getTime());
}
