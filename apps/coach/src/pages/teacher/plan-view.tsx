import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { ReadOnlyStep } from "@throughline/ui/action-step-read-only";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { PlanCommentThread } from "@throughline/ui/plan-comment-thread";
import { PlanHistoryList } from "@throughline/ui/plan-history-list";
import { PlanIndicatorBadges } from "@throughline/ui/plan-indicator-badges";
import { CommentBox } from "./comment-box.tsx";

/** A coachee's plan, read-only, with a comment box on the plan and on each step, and its history. */
export function PlanView({ planId }: { planId: string }) {
  const view = useQuery(trpc.coaching.plan.queryOptions({ planId }));
  if (!view.isSuccess) {
    return <QueryState query={view} about="the action plan" placement="card" />;
  }
  const { plan, history } = view.data;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <Card>
        <CardHeader>
          <CardTitle level={3}>Action plan · Stage {plan.stage.position}</CardTitle>
          <CardDescription>
            {plan.sharedWithTeam ? "Shared with the team" : "Private to the teacher and coaches"}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <div>
            <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Goal
            </h4>
            <p className="mt-1 whitespace-pre-line text-foreground">{plan.goal}</p>
          </div>
          <PlanIndicatorBadges indicators={plan.indicators} />
          <section aria-label="Steps" className="flex flex-col gap-3">
            {plan.steps.length > 0 ? (
              plan.steps.map((step) => (
                <ReadOnlyStep key={step.id} step={step}>
                  <PlanCommentThread comments={plan.comments} stepId={step.id} viewer="coach" />
                  <CommentBox planId={plan.id} stepId={step.id} label="Comment on this step" />
                </ReadOnlyStep>
              ))
            ) : (
              <p className="text-sm text-muted-foreground">No steps yet.</p>
            )}
          </section>
          <section
            aria-label="Comments on the plan"
            className="flex flex-col gap-3 border-t border-border pt-4"
          >
            <PlanCommentThread comments={plan.comments} stepId={null} viewer="coach" />
            <CommentBox planId={plan.id} stepId={null} label="Comment on the plan" />
          </section>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle level={3}>History</CardTitle>
        </CardHeader>
        <CardContent>
          <PlanHistoryList history={history} />
        </CardContent>
      </Card>
    </div>
  );
}
