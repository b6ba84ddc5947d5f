import { Button } from "@throughline/ui/button";
import { ArrowDown, ArrowUp, X } from "lucide-react";
import type { AgendaEntry } from "./schedule-values.ts";

/** The agenda so far, in order, with move and remove buttons that name the step. */
export function AgendaStepList({
  entries,
  onMove,
  onRemove,
}: {
  entries: readonly AgendaEntry[];
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  if (entries.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-input px-4 py-6 text-center text-sm text-muted-foreground">
        No steps yet. Add a whole protocol or single steps below.
      </p>
    );
  }
  return (
    <ol className="flex flex-col gap-2">
      {entries.map((entry, index) => (
        <li
          key={entry.key}
          className="flex items-center gap-2 rounded-md border border-border bg-surface px-3 py-2"
        >
          <span className="w-6 shrink-0 text-sm text-muted-foreground">{index + 1}.</span>
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="font-medium">{entry.title}</span>
            <span className="text-xs text-muted-foreground">
              {entry.protocolName} · {entry.minutes} min
            </span>
          </span>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move ${entry.title} up`}
            disabled={index === 0}
            onClick={() => onMove(index, -1)}
          >
            <ArrowUp aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move ${entry.title} down`}
            disabled={index === entries.length - 1}
            onClick={() => onMove(index, 1)}
          >
            <ArrowDown aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Remove ${entry.title}`}
            onClick={() => onRemove(index)}
          >
            <X aria-hidden="true" />
          </Button>
        </li>
      ))}
    </ol>
  );
}
