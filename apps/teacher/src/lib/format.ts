import { formatInstant } from "@throughline/domain/date-format";
import { displayTimeZone } from "@throughline/ui/format";

/** "Monday, January 12, 2026", the district's day of that instant. */
export function formatDate(date: Date): string {
  const long = formatInstant(date, { timeZone: displayTimeZone(), style: "longWeekdayDate" });
  const year = formatInstant(date, { timeZone: displayTimeZone(), style: "date" }).slice(-4);
  return `${long}, ${year}`;
}

/**
 * What to call someone in a greeting: their first name, skipping a title such as "Ms." or
 * "Dr."; the whole name when there is nothing else.
 */
export function firstName(displayName: string): string {
  const words = displayName.trim().split(/\s+/);
  const name = words.find((word) => !word.endsWith("."));
  return name ?? displayName.trim();
}
