import { clockTime } from "@throughline/domain/rules/weekly-time";
import type { WeeklyRowDraft } from "./weekly-rows-editor.tsx";

/** `<input type="time">` gives "13:05"; the API speaks minutes after midnight. */
export function minutesOf(value: string): number {
  const [hours, minutes] = value.split(":").map(Number);
  return (hours ?? Number.NaN) * 60 + (minutes ?? Number.NaN);
}

/** Minutes after midnight as the "13:05" a time input takes. */
export const timeOf = clockTime;

/** A saved row of a weekly schedule as the editor's draft, its times as "13:05". */
export function draftRowOf(
  row: { id: string; weekday: number; startMinute: number; endMinute: number },
  text: string,
): WeeklyRowDraft {
  const { id, weekday, startMinute, endMinute } = row;
  return { key: id, weekday, text, start: timeOf(startMinute), end: timeOf(endMinute) };
}

/** A draft row's day and times as the API takes them; the caller names the row's text. */
export function weeklyTimesOf(row: WeeklyRowDraft) {
  return { weekday: row.weekday, startMinute: minutesOf(row.start), endMinute: minutesOf(row.end) };
}
