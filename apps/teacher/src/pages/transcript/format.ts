import { minutesToHours, pdActivityKindLabels } from "@throughline/domain/transcript";

const dayFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
});

/** "Sep 2, 2026". */
export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

/** Hours with one decimal, always: "3.0". */
export function formatHours(hours: number): string {
  return hours.toFixed(1);
}

/** Minutes as the transcript's hours: "1.5". */
export function hoursOf(minutes: number): string {
  return formatHours(minutesToHours(minutes));
}

export const kindLabels = pdActivityKindLabels;
