import { addDaysToDay } from "@throughline/domain/local-time";
import { Button } from "@throughline/ui/button";
import { districtClock, districtDay } from "@throughline/ui/format";
import { CalendarClock } from "lucide-react";
import type { SchedulableTeam } from "./types.ts";

type TeamBlock = SchedulableTeam["collaborationBlocks"][number];

const pad = (value: number) => String(value).padStart(2, "0");
const clock = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/**
 * The block's next occurrence as the form's date and times, on the district's clock (the
 * school's, wherever the device is): today if it has not started yet.
 */
export function nextOccurrence(block: TeamBlock, now = new Date()) {
  const today = districtDay(now);
  const isoToday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const [hours = 0, minutes = 0] = districtClock(now).split(":").map(Number);
  const minutesNow = hours * 60 + minutes;
  let days = (block.weekday - isoToday + 7) % 7;
  if (days === 0 && block.startMinute <= minutesNow) days = 7;
  return {
    date: addDaysToDay(today, days),
    startTime: clock(block.startMinute),
    endTime: clock(block.endMinute),
  };
}

/** "Use the team's collaboration block": fills the next occurrence and ties the meeting to it. */
export function CollaborationBlockChoice({
  blocks,
  chosenId,
  onUse,
}: {
  blocks: readonly TeamBlock[];
  chosenId: string | null;
  onUse: (block: TeamBlock) => void;
}) {
  if (blocks.length === 0) return null;
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-border bg-muted/50 p-4">
      <p className="text-sm font-medium text-foreground">
        Use the team's collaboration block: time the principal protected for it.
      </p>
      <div className="flex flex-wrap gap-2">
        {blocks.map((block) => (
          <Button
            key={block.id}
            variant={chosenId === block.id ? "primary" : "secondary"}
            size="sm"
            aria-pressed={chosenId === block.id}
            onClick={() => onUse(block)}
          >
            <CalendarClock aria-hidden="true" className="size-4" />
            {block.label}
          </Button>
        ))}
      </div>
      {chosenId ? (
        <p role="status" className="text-sm text-muted-foreground">
          The meeting is scheduled into this block; changing the date or times unlinks it.
        </p>
      ) : null}
    </div>
  );
}
