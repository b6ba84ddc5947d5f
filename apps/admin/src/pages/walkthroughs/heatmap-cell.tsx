import { cn } from "@throughline/ui/utils";
import { LevelSteps, levelTone } from "./level-swatch.tsx";
import type { HeatmapCell } from "./types.ts";

interface HeatmapCellContentProps {
  cell: HeatmapCell;
  levelCount: number;
  minimumTeachers: number;
  /** Said to screen readers on the button: "K–2 Literacy PLC, 1.2 Uses an essential question". */
  context: string;
  selected: boolean;
  onSelect: () => void;
}

/** One team × indicator: a button to its walkthroughs when shown, a plain note otherwise. */
export function HeatmapCellContent({
  cell,
  levelCount,
  minimumTeachers,
  context,
  selected,
  onSelect,
}: HeatmapCellContentProps) {
  if (cell.state === "empty") {
    return (
      <span className="text-muted-foreground">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No walkthroughs</span>
      </span>
    );
  }
  if (cell.state === "withheld") {
    return (
      <span className="block text-xs text-muted-foreground">
        Fewer than {minimumTeachers} teachers
      </span>
    );
  }
  return (
    <button
      type="button"
      aria-pressed={selected}
      onClick={onSelect}
      className={cn(
        "flex w-full min-w-24 flex-col items-start gap-1 rounded-md border px-2.5 py-2 text-left text-foreground",
        "hover:ring-2 hover:ring-primary/40",
        levelTone(cell.level.rank, levelCount),
        selected && "ring-2 ring-primary",
      )}
    >
      <span className="font-semibold">{cell.level.label}</span>
      <LevelSteps rank={cell.level.rank} levelCount={levelCount} />
      <span className="text-xs">
        {cell.teacherCount} teachers
        <span className="sr-only">. Show the walkthroughs of {context}</span>
      </span>
    </button>
  );
}
