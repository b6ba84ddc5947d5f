import { TZDate } from "@date-fns/tz";

/*
 * How every instant a person reads is written: in the district's time zone, US English, 12-hour
 * times with AM/PM, everywhere (pages, emails, calendar text, CSV, the record). A time is
 * followed by its zone ("3:30 PM CST") where it could be misread: in emails and calendars, and on
 * a page whose reader's device is set to another zone than the district's.
 */

const styles = {
  /** "3:30 PM" */
  time: { hour: "numeric", minute: "2-digit" },
  /** "Nov 25" */
  shortDate: { month: "short", day: "numeric" },
  /** "Nov 25, 2026" */
  date: { month: "short", day: "numeric", year: "numeric" },
  /** "Tue, Dec 1" */
  weekdayDate: { weekday: "short", month: "short", day: "numeric" },
  /** "Tuesday, December 1" */
  longWeekdayDate: { weekday: "long", month: "long", day: "numeric" },
  /** "Nov 25, 3:40 PM" */
  moment: { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
  /** "Tue, Dec 1, 3:00 PM" */
  weekdayMoment: {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  },
  /** "Wednesday, September 2, 2026 at 3:30 PM" */
  dateTime: {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type InstantStyle = keyof typeof styles;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and pages format hundreds of dates: keep one per use. */
function formatterFor(style: InstantStyle | "zone", timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      style === "zone" ? { timeZoneName: "short" } : styles[style];
    found = new Intl.DateTimeFormat("en-US", { ...options, hourCycle: "h12", timeZone });
    formatters.set(key, found);
  }
  return found;
}

function hasTime(style: InstantStyle): boolean {
  return "hour" in styles[style];
}

/** The zone's short name at that instant, as US readers know it: "CST", "EDT", "GMT+9". */
export function zoneAbbreviation(at: Date, timeZone: string): string {
  const part = formatterFor("zone", timeZone)
    .formatToParts(at)
    .find((each) => each.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/**
 * An instant written in the district's zone. `showZone` appends the zone's short name to a
 * style that has a time ("3:30 PM CST"); a date alone never carries one.
 */
export function formatInstant(
  at: Date,
  options: { timeZone: string; style: InstantStyle; showZone?: boolean },
): string {
  const text = formatterFor(options.style, options.timeZone).format(at);
  if (!options.showZone || !hasTime(options.style)) return text;
  return `${text} ${zoneAbbreviation(at, options.timeZone)}`;
}

/** A time span on one day, "3:30 – 4:15 PM CST", or across days with both dates. */
export function formatTimeRange(
  startsAt: Date,
  endsAt: Date,
  options: { timeZone: string; showZone?: boolean },
): string {
  const { timeZone } = options;
  const sameDay =
    formatInstant(startsAt, { timeZone, style: "date" }) ===
    formatInstant(endsAt, { timeZone, style: "date" });
  const start = formatInstant(startsAt, { timeZone, style: sameDay ? "time" : "weekdayMoment" });
  const end = formatInstant(endsAt, {
    timeZone,
    style: sameDay ? "time" : "weekdayMoment",
    showZone: options.showZone ?? false,
  });
  return `${start} – ${end}`;
}

/** Minutes the zone is ahead of UTC at that instant (negative west of Greenwich). */
function utcOffsetMinutes(at: Date, timeZone: string): number {
  return -new TZDate(at.getTime(), timeZone).getTimezoneOffset();
}

/**
 * Whether a reader whose device is set to `readerZone` could misread a district time: their
 * clock shows another hour than the district's at that instant. Unknown zones count as
 * different, so the zone is shown rather than guessed.
 */
export function zoneCouldBeMisread(at: Date, districtZone: string, readerZone: string): boolean {
  if (districtZone === readerZone) return false;
  try {
    return utcOffsetMinutes(at, districtZone) !== utcOffsetMinutes(at, readerZone);
  } catch {
    return true;
  }
}
