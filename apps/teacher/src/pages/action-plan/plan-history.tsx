import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { PlanHistoryList } from "@throughline/ui/plan-history-list";

/** Who changed what, and when: the plan's history, newest first. */
export function PlanHistory({ planId }: { planId: string }) {
  const history = useQuery(trpc.actionPlan.history.queryOptions({ planId }));
  if (!history.isSuccess) {
    return <QueryState query={history} about="the history" placement="card" />;
  }
  return <PlanHistoryList history={history.data} />;
}
