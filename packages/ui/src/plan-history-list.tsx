import { formatMoment } from "./format.ts";

/** One change to an action plan: who made it, what it was, when. */
interface PlanHistoryEntry {
  id: string;
  actor: { displayName: string };
  summary: string;
  at: Date;
}

/** An action plan's history as a timeline, newest first as given; a line when it is empty. */
export function PlanHistoryList({ history }: { history: readonly PlanHistoryEntry[] }) {
  if (history.length === 0) {
    return <p className="text-sm text-muted-foreground">No changes recorded yet.</p>;
  }
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-border pl-4">
      {history.map((entry) => (
        <li key={entry.id} className="text-sm">
          <p className="text-foreground">
            <span className="font-semibold">{entry.actor.displayName}</span> · {entry.summary}
          </p>
          <time dateTime={entry.at.toISOString()} className="text-xs text-muted-foreground">
            {formatMoment(entry.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
