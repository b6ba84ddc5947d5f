import type { Weekday } from "@throughline/domain/rules/common-time";
import { displayClock, weekdayNames } from "@throughline/domain/rules/weekly-time";
import { cn } from "@throughline/ui/utils";
import { freeTone } from "./free-scale.tsx";
import type { CollaborationWeek } from "./types.ts";

/**
 * The school's week as a grid: weekdays across, the day in 15-minute rows down, each cell
 * coloured by how many teachers are free and printing the count, with the blocks drawn over
 * it. It is a picture of the table "Free teachers by time" and the blocks list, which carry the
 * same facts for screen readers, so the grid itself is hidden from them.
 */
export function WeekGrid({ week }: { week: CollaborationWeek }) {
  const first = Math.min(...week.days.map((day) => day.start));
  const last = Math.max(...week.days.map((day) => day.end));
  const rowOf = (minute: number) => Math.floor((minute - first) / week.slotMinutes) + 2;
  const rows = Math.ceil((last - first) / week.slotMinutes);

  return (
    <div aria-hidden="true" className="overflow-x-auto">
      <div
        className="grid min-w-[40rem] gap-px text-xs"
        style={{
          gridTemplateColumns: `4rem repeat(${week.days.length}, minmax(7rem, 1fr))`,
          gridTemplateRows: `auto repeat(${rows}, 1.5rem)`,
        }}
      >
        {week.days.map((day, column) => (
          <div
            key={day.weekday}
            className="px-2 py-1 font-semibold text-foreground"
            style={{ gridColumn: column + 2, gridRow: 1 }}
          >
            {weekdayNames[day.weekday as Weekday]}
          </div>
        ))}
        {Array.from({ length: rows }, (_, index) => first + index * week.slotMinutes).map(
          (minute) =>
            minute % 30 === 0 ? (
              <div
                key={minute}
                className="pr-2 text-right text-muted-foreground"
                style={{ gridColumn: 1, gridRow: rowOf(minute) }}
              >
                {displayClock(minute)}
              </div>
            ) : null,
        )}
        {week.freeCounts.map((slot) => {
          const column = week.days.findIndex((day) => day.weekday === slot.weekday) + 2;
          return (
            <div
              key={`${slot.weekday}-${slot.start}`}
              className={cn("flex items-center px-2", freeTone(slot.free, week.teacherCount))}
              style={{ gridColumn: column, gridRow: rowOf(slot.start) }}
            >
              {slot.free}
            </div>
          );
        })}
        {week.blocks.map((block) => {
          const column = week.days.findIndex((day) => day.weekday === block.weekday) + 2;
          if (column < 2) return null;
          return (
            <div
              key={block.id}
              className="z-10 ml-8 overflow-hidden rounded border-2 border-warning bg-warning-soft px-1.5 py-0.5 font-medium text-foreground shadow-sm"
              style={{
                gridColumn: column,
                gridRow: `${rowOf(block.startMinute)} / ${rowOf(block.endMinute - 1) + 1}`,
              }}
            >
              {block.teamName}
            </div>
          );
        })}
      </div>
    </div>
  );
}
