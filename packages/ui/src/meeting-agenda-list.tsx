import type { AgendaItem } from "@throughline/domain/meeting-room";
import type { ReactNode } from "react";

/**
 * A meeting's agenda as a read-out list: each step's title, length and purpose, its prompts when
 * asked for, and what `renderBelow` adds under it (the facilitator's notes editor, the team's
 * notes in the summary).
 */
export function MeetingAgendaList({
  agenda,
  withPrompts,
  renderBelow,
}: {
  agenda: readonly AgendaItem[];
  /** The facilitator reads the protocol's prompts; the team's summary leaves them out. */
  withPrompts: boolean;
  renderBelow?: (item: AgendaItem) => ReactNode;
}) {
  if (agenda.length === 0) {
    return <p className="text-sm text-muted-foreground">This meeting has no agenda.</p>;
  }
  return (
    <ol className="flex flex-col gap-4">
      {agenda.map((item) => (
        <li key={item.id} className="rounded-md border border-border bg-surface p-4">
          <h3 className="font-semibold">
            {item.position}. {item.title}{" "}
            <span className="font-normal text-muted-foreground">· {item.minutes} min</span>
          </h3>
          <p className="mt-1 text-sm text-muted-foreground">{item.purpose}</p>
          {withPrompts && item.prompts.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {item.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          ) : null}
          {renderBelow?.(item)}
        </li>
      ))}
    </ol>
  );
}
