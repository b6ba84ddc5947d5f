import type { Weekday } from "@throughline/domain/rules/common-time";
import { displayClock, weekdayNames } from "@throughline/domain/rules/weekly-time";
import { type DataColumn, DataTable } from "@throughline/ui/data-table";
import type { CollaborationWeek } from "./types.ts";

/** The heatmap's numbers as a table: one row per time, one column per weekday. */
export function FreeTeachersTable({ week }: { week: CollaborationWeek }) {
  const starts = [...new Set(week.freeCounts.map((slot) => slot.start))].sort((a, b) => a - b);
  const countAt = new Map(
    week.freeCounts.map((slot) => [`${slot.weekday}-${slot.start}`, slot.free]),
  );
  return (
    <DataTable
      scrollLabel="Free teachers by time"
      rows={starts}
      rowKey={String}
      columns={[
        {
          header: "Time",
          rowHeader: true,
          className: "font-medium",
          cell: (start) => `${displayClock(start)}–${displayClock(start + week.slotMinutes)}`,
        },
        ...week.days.map(
          (day): DataColumn<number> => ({
            key: String(day.weekday),
            header: weekdayNames[day.weekday as Weekday],
            cell: (start) => {
              const free = countAt.get(`${day.weekday}-${start}`);
              return free === undefined ? "—" : `${free} of ${week.teacherCount}`;
            },
          }),
        ),
      ]}
    />
  );
}
