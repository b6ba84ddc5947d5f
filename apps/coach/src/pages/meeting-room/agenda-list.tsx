import type { AgendaItem } from "@throughline/domain/meeting-room";
import type { ReactNode } from "react";

/** The agenda as a read-out list; `children` adds something under each step (e.g. its notes). */
export function AgendaList({
  agenda,
  renderExtra,
}: {
  agenda: readonly AgendaItem[];
  renderExtra?: (item: AgendaItem) => ReactNode;
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
          {item.prompts.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {item.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          ) : null}
          {renderExtra ? <div className="mt-4">{renderExtra(item)}</div> : null}
        </li>
      ))}
    </ol>
  );
}
