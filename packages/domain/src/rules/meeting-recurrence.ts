import { TZDate } from "@date-fns/tz";
import ICAL from "ical.js";

/*
 * Recurring meetings are written as an RFC 5545 RRULE over wall-clock time in the district's
 * time zone: "every other Tuesday 15:00" stays 15:00 across a daylight-saving change. ical.js
 * expands the rule; @date-fns/tz turns each wall-clock time back into an instant.
 */

/** A recurrence as people choose it in the scheduling form. */
export interface Recurrence {
  frequency: "weekly" | "monthly";
  /** Every `interval` weeks or months: 2 with weekly is "every other week". */
  interval: number;
  /** The last day a meeting may fall on (inclusive), "2027-06-30". */
  until: string;
}

/** Never more occurrences than this, whatever the rule says: a school year of weekly meetings. */
export const maxOccurrences = 52;

const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

function wallClockOf(instant: Date, timeZone: string): WallClock {
  const local = new TZDate(instant.getTime(), timeZone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    weekday: local.getDay(),
  };
}

/**
 * The RRULE for a recurrence starting at `firstStartsAt`: weekly on that weekday, or monthly on
 * the same weekday of the month ("the second Tuesday"), until the given day.
 */
export function recurrenceRule(
  recurrence: Recurrence,
  firstStartsAt: Date,
  timeZone: string,
): string {
  const first = wallClockOf(firstStartsAt, timeZone);
  const weekday = weekdayCodes[first.weekday] ?? "MO";
  const byDay =
    recurrence.frequency === "weekly" ? weekday : `${Math.ceil(first.day / 7)}${weekday}`;
  const until = `${recurrence.until.replaceAll("-", "")}T235959`;
  const freq = recurrence.frequency === "weekly" ? "WEEKLY" : "MONTHLY";
  return `FREQ=${freq};INTERVAL=${recurrence.interval};BYDAY=${byDay};UNTIL=${until}`;
}

/**
 * The start of every occurrence of `rrule` from `firstStartsAt` (which is always the first),
 * as instants, at most `limit` of them.
 */
export function meetingOccurrences(params: {
  rrule: string;
  firstStartsAt: Date;
  timeZone: string;
  limit?: number;
}): Date[] {
  const limit = Math.min(params.limit ?? maxOccurrences, maxOccurrences);
  const first = wallClockOf(params.firstStartsAt, params.timeZone);
  const start = ICAL.Time.fromData({
    year: first.year,
    month: first.month,
    day: first.day,
    hour: first.hour,
    minute: first.minute,
    second: 0,
    isDate: false,
  });
  const iterator = ICAL.Recur.fromString(params.rrule).iterator(start);
  const starts: Date[] = [];
  for (let next = iterator.next(); next && starts.length < limit; next = iterator.next()) {
    const local = new TZDate(
      next.year,
      next.month - 1,
      next.day,
      next.hour,
      next.minute,
      0,
      params.timeZone,
    );
    starts.push(new Date(local.getTime()));
  }
  return starts;
}

/** Whether the runtime knows this IANA time zone ("America/Chicago"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
