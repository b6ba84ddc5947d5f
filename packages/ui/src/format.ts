import {
  formatInstant,
  type InstantStyle,
  zoneCouldBeMisread,
} from "@throughline/domain/date-format";
import { atLocalTime, formatLocalDay, localClock, localDay } from "@throughline/domain/local-time";

/*
 * Dates as people read them, the same in every app: in the district's time zone (set once by
 * the app's gate from `viewer.me`, see `DistrictTimeZone`), 12-hour US English. A time carries
 * its zone ("3:30 PM CST") when the reader's device is set to a zone whose clock differs, so a
 * coach travelling or a browser set wrong never reads the wrong hour.
 */

const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
let districtZone: string | null = null;

/**
 * Called by `DistrictTimeZone` before anything below it renders. One page shows one district,
 * so a module value lets plain helpers format without threading the zone through every call.
 */
export function setDistrictTimeZone(timeZone: string): void {
  districtZone = timeZone;
}

/** The zone every date is written in: the district's, or the device's before sign-in. */
export function displayTimeZone(): string {
  return districtZone ?? readerZone;
}

function format(date: Date, style: InstantStyle): string {
  const timeZone = displayTimeZone();
  return formatInstant(date, {
    timeZone,
    style,
    showZone: zoneCouldBeMisread(date, timeZone, readerZone),
  });
}

/** "2026-11-25" (a calendar day, no zone) → "Nov 25, 2026"; the one day format of every app. */
export function formatDay(day: string): string {
  return formatLocalDay(day);
}

/** The district's calendar day (YYYY-MM-DD) at an instant; today by default. */
export function districtDay(at: Date = new Date()): string {
  return localDay(at, displayTimeZone());
}

/*
 * What a person types in a date and a time field means the district's clock, wherever their
 * device is: a coach travelling schedules the meeting at the school's 3:00 PM.
 */

/** A typed date (YYYY-MM-DD) and time (HH:mm) as the instant it is on the district's clock. */
export function districtMoment(date: string, time: string): Date | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  const clock = /^(\d{2}):(\d{2})/.exec(time);
  if (!day || !clock) return null;
  const moment = atLocalTime(day, Number(clock[1]), Number(clock[2]), displayTimeZone());
  return Number.isNaN(moment.getTime()) ? null : moment;
}

/** The district's wall-clock time (HH:mm) of an instant, as a time field takes it. */
export function districtClock(at: Date): string {
  return localClock(at, displayTimeZone());
}

/** "Nov 25, 3:40 PM". */
export function formatMoment(date: Date): string {
  return format(date, "moment");
}

/** "Tue, Dec 1, 3:00 PM". */
export function formatWeekdayMoment(date: Date): string {
  return format(date, "weekdayMoment");
}

/** "Wednesday, September 2, 2026 at 3:30 PM". */
export function formatDateTime(date: Date): string {
  return format(date, "dateTime");
}

/** "3:30 PM". */
export function formatTime(date: Date): string {
  return format(date, "time");
}

/** "3:30 PM–4:15 PM" on one day, the zone after the end when it could be misread. */
export function formatTimeSpan(startsAt: Date, endsAt: Date): string {
  return `${formatInstant(startsAt, { timeZone: displayTimeZone(), style: "time" })}–${formatTime(endsAt)}`;
}

/** "Nov 25" (the district's day of an instant). */
export function formatShortDate(date: Date): string {
  return format(date, "shortDate");
}

/** "Nov 25, 2026" (the district's day of an instant). */
export function formatDate(date: Date): string {
  return format(date, "date");
}

/** "Tue, Dec 1". */
export function formatWeekdayDate(date: Date): string {
  return format(date, "weekdayDate");
}

/** "Tuesday, December 1". */
export function formatLongWeekdayDate(date: Date): string {
  return format(date, "longWeekdayDate");
}

/** "3 hours", "1 hour 30 minutes", "45 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} minutes`;
  const hoursText = `${hours} ${hours === 1 ? "hour" : "hours"}`;
  return rest === 0 ? hoursText : `${hoursText} ${rest} minutes`;
}
