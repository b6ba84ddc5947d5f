import { clockTime } from "@throughline/domain/rules/weekly-time";

/** `<input type="time">` gives "13:05"; the API speaks minutes after midnight. */
export function minutesOf(value: string): number {
  const [hours, minutes] = value.split(":").map(Number);
  return (hours ?? Number.NaN) * 60 + (minutes ?? Number.NaN);
}

/** Minutes after midnight as the "13:05" a time input takes. */
export const timeOf = clockTime;
