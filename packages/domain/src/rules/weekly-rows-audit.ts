import type { Weekday } from "./common-time.ts";
import { describeSpan } from "./weekly-time.ts";

/** A bell period or a class as the collaboration pages save it. */
interface WeeklyRowText {
  weekday: number;
  startMinute: number;
  endMinute: number;
  name: string;
}

/**
 * A school's week as the audit log shows it, one line per row in the week's order ("Monday
 * 8:00 AM–8:50 AM Period 1"), so a before and after read as the schedule did.
 */
export function weeklyRowsForAudit(rows: readonly WeeklyRowText[]): string[] {
  return [...rows]
    .sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute)
    .map((row) => {
      // Stored weekdays are checked 1–7 on the way in (the schema and a column check).
      const weekday = row.weekday as Weekday;
      return `${describeSpan({ weekday, start: row.startMinute, end: row.endMinute })} ${row.name}`;
    });
}
