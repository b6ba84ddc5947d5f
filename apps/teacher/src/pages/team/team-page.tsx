import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatMoment } from "@throughline/ui/format";
import { LinkRow } from "@throughline/ui/link-row";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { Users } from "lucide-react";
import { TeamGoalsCard } from "./team-goals-card.tsx";

/**
 * "My team": the team's goals on student learning, then the action plans teammates chose to share with the team, to learn from each
 * other's goals and steps. Each opens read-only; sharing one's own plan is on the action plan.
 */
export function TeamPage() {
  const shared = useQuery(trpc.actionPlan.teamShared.queryOptions());
  return (
    <>
      <PageHeader
        title="My team"
        description="Your team's goal and the action plans your teammates share with the team. Share yours from your action plan."
      />
      <TeamGoalsCard />
      <TitledCard
        title="Shared action plans"
        description="The most recently changed first."
        contentClassName="px-0"
      >
        <QueryView query={shared} about="your team's plans" placement="card">
          {(plans) =>
            plans.length === 0 ? (
              <EmptyState className="mx-6" headingLevel={3} title="Nothing shared yet" icon={Users}>
                <p>When a teammate shares their action plan with the team, it appears here.</p>
              </EmptyState>
            ) : (
              <ul aria-label="Shared action plans" className="flex flex-col divide-y divide-border">
                {plans.map((plan) => (
                  <li key={plan.planId}>
                    <LinkRow
                      to={`/team/plans/${plan.planId}`}
                      title={plan.teacherName}
                      linesClassName="gap-0.5"
                    >
                      <span className="line-clamp-2 text-sm text-foreground">{plan.goal}</span>
                      <span className="text-sm text-muted-foreground">
                        Stage {plan.stagePosition} · {plan.stepCount}{" "}
                        {plan.stepCount === 1 ? "step" : "steps"} · {plan.teamNames.join(", ")} ·
                        changed {formatMoment(plan.updatedAt)}
                      </span>
                    </LinkRow>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </TitledCard>
    </>
  );
}
