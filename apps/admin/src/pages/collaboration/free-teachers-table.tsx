import type { Weekday } from "@throughline/domain/rules/common-time";
import { displayClock, weekdayNames } from "@throughline/domain/rules/weekly-time";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import type { CollaborationWeek } from "./types.ts";

/** The heatmap's numbers as a table: one row per time, one column per weekday. */
export function FreeTeachersTable({ week }: { week: CollaborationWeek }) {
  const starts = [...new Set(week.freeCounts.map((slot) => slot.start))].sort((a, b) => a - b);
  const countAt = new Map(
    week.freeCounts.map((slot) => [`${slot.weekday}-${slot.start}`, slot.free]),
  );
  return (
    <Table scrollLabel="Free teachers by time">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Time</TableHead>
          {week.days.map((day) => (
            <TableHead key={day.weekday} scope="col">
              {weekdayNames[day.weekday as Weekday]}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {starts.map((start) => (
          <TableRow key={start}>
            <TableHead scope="row" className="text-sm font-medium normal-case text-foreground">
              {displayClock(start)}–{displayClock(start + week.slotMinutes)}
            </TableHead>
            {week.days.map((day) => {
              const free = countAt.get(`${day.weekday}-${start}`);
              return (
                <TableCell key={day.weekday}>
                  {free === undefined ? "—" : `${free} of ${week.teacherCount}`}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
