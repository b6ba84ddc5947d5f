import { Button } from "@throughline/ui/button";
import { CalendarClock } from "lucide-react";
import type { SchedulableTeam } from "./types.ts";

type TeamBlock = SchedulableTeam["collaborationBlocks"][number];

const pad = (value: number) => String(value).padStart(2, "0");
const clock = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/**
 * The block's next occurrence as the form's date and times, in the browser's own zone (the
 * school's, for the people who schedule there): today if it has not started yet.
 */
export function nextOccurrence(block: TeamBlock, now = new Date()) {
  const isoToday = ((now.getDay() + 6) % 7) + 1;
  const minutesNow = now.getHours() * 60 + now.getMinutes();
  let days = (block.weekday - isoToday + 7) % 7;
  if (days === 0 && block.startMinute <= minutesNow) days = 7;
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return {
    date: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`,
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
