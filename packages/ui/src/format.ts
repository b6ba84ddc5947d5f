import { formatLocalDay } from "@throughline/domain/local-time";

/** Dates as people read them, the same in every app. */

const momentFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

/** "2026-11-25" (a calendar day, no zone) → "Nov 25, 2026"; the one day format of every app. */
export function formatDay(day: string): string {
  return formatLocalDay(day);
}

/** "Nov 25, 3:40 PM". */
export function formatMoment(date: Date): string {
  return momentFormat.format(date);
}

const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

/** "Wednesday, September 2, 2026 at 3:30 PM". */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** "3 hours", "1 hour 30 minutes", "45 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} minutes`;
  const hoursText = `${hours} ${hours === 1 ? "hour" : "hours"}`;
  return rest === 0 ? hoursText : `${hoursText} ${rest} minutes`;
}
