import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { ErrorState } from "@throughline/ui/error-state";
import { formatMoment } from "@throughline/ui/format";
import { Loading } from "@throughline/ui/loading";

/** Who changed what, and when: the plan's history, newest first. */
export function PlanHistory({ planId }: { planId: string }) {
  const history = useQuery(trpc.actionPlan.history.queryOptions({ planId }));
  if (history.isPending) return <Loading variant="inline" label="Loading the history…" />;
  if (history.isError) {
    return (
      <ErrorState
        headingLevel={3}
        title="The history could not be loaded"
        message={history.error.message}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
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
