import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { ReadOnlyStep } from "@throughline/ui/action-step-read-only";
import { BackLink } from "@throughline/ui/back-link";
import { PageHeader } from "@throughline/ui/page-header";
import { PlanIndicatorBadges } from "@throughline/ui/plan-indicator-badges";
import { TitledCard } from "@throughline/ui/titled-card";
import { TitledSection } from "@throughline/ui/titled-section";
import { useParams } from "react-router";

type SharedPlanData = RouterOutputs["actionPlan"]["byId"]["plan"];

/** A teammate's shared action plan, read-only: goal, indicators and steps with their evidence. */
export function TeamPlanPage() {
  const { planId = "" } = useParams();
  return (
    <>
      <BackLink to="/team">Back to my team</BackLink>
      <QueryPage
        options={trpc.actionPlan.byId.queryOptions({ planId })}
        loading="Loading the action plan…"
        errorTitle="This action plan could not be opened"
      >
        {({ plan }) => <SharedPlan plan={plan} />}
      </QueryPage>
    </>
  );
}

/** The plan once it came: its goal and indicators, then its steps. */
function SharedPlan({ plan }: { plan: SharedPlanData }) {
  return (
    <>
      <PageHeader
        title={`${plan.teacher.displayName}'s action plan`}
        description={`Stage ${plan.stage.position}: ${plan.stage.title} · shared with the team, read-only`}
      />
      <div className="flex max-w-3xl flex-col gap-6">
        <TitledCard title="Goal" contentClassName="flex flex-col gap-3">
          <p className="whitespace-pre-line">{plan.goal}</p>
          <PlanIndicatorBadges indicators={plan.indicators} />
        </TitledCard>
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
