import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { ReadOnlyStep } from "@throughline/ui/action-step-read-only";
import { BackLink } from "@throughline/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { PageHeader } from "@throughline/ui/page-header";
import { PlanIndicatorBadges } from "@throughline/ui/plan-indicator-badges";
import { TitledSection } from "@throughline/ui/titled-section";
import { useParams } from "react-router";

/** A teammate's shared action plan, read-only: goal, indicators and steps with their evidence. */
export function TeamPlanPage() {
  const { planId = "" } = useParams();
  const view = useQuery(trpc.actionPlan.byId.queryOptions({ planId }));
  if (!view.isSuccess) {
    return (
      <>
        <BackLink to="/team">Back to my team</BackLink>
        <QueryState
          query={view}
          loading="Loading the action plan…"
          errorTitle="This action plan could not be opened"
          headingLevel={1}
        />
      </>
    );
  }
  const { plan } = view.data;
  return (
    <>
      <BackLink to="/team">Back to my team</BackLink>
      <PageHeader
        title={`${plan.teacher.displayName}'s action plan`}
        description={`Stage ${plan.stage.position}: ${plan.stage.title} · shared with the team, read-only`}
      />
      <div className="flex max-w-3xl flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Goal</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="whitespace-pre-line">{plan.goal}</p>
            <PlanIndicatorBadges indicators={plan.indicators} />
          </CardContent>
        </Card>
        <TitledSection headingId="steps-heading" title="Steps">
          {plan.steps.length > 0 ? (
            plan.steps.map((step) => <ReadOnlyStep key={step.id} step={step} headingLevel={3} />)
          ) : (
            <p className="text-sm text-muted-foreground">No steps yet.</p>
          )}
        </TitledSection>
      </div>
    </>
  );
}
