import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { formatMoment } from "@throughline/ui/format";

/** Who changed what, and when: the plan's history, newest first. */
export function PlanHistory({ planId }: { planId: string }) {
  const history = useQuery(trpc.actionPlan.history.queryOptions({ planId }));
  if (!history.isSuccess) {
    return (
      <QueryState
        query={history}
        loading="Loading the history…"
        loadingVariant="inline"
        errorTitle="The history could not be loaded"
        headingLevel={3}
      />
    );
  }
  if (history.data.length === 0) {
    return <p className="text-sm text-muted-foreground">No changes recorded yet.</p>;
  }
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-border pl-4">
      {history.data.map((entry) => (
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
