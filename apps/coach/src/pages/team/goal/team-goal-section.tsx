import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import type { TeamGoal, TeamGoalCommitments } from "@throughline/domain/team-goal";
import { buttonClasses } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { GoalCommitmentList } from "@throughline/ui/team-goal-commitments";
import { TeamGoalProgressLine } from "@throughline/ui/team-goal-progress-line";
import { Target } from "lucide-react";
import { Link } from "react-router";
import { CheckpointList } from "./checkpoint-list.tsx";

function GoalCard({
  teamId,
  goal,
  canEdit,
}: {
  teamId: string;
  goal: TeamGoal & { commitments: TeamGoalCommitments };
  canEdit: boolean;
}) {
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1.5">
          <CardTitle level={3}>{goal.measure}</CardTitle>
          <CardDescription>{goal.problem}</CardDescription>
        </div>
        {canEdit ? (
          <Link
            to={`/teams/${teamId}/goals/${goal.id}`}
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            Edit goal
          </Link>
        ) : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <TeamGoalProgressLine goal={goal} />
        {goal.indicators.length > 0 || goal.sessions.length > 0 ? (
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium">Indicators the team works on</dt>
              <dd className="text-muted-foreground">
                {goal.indicators.map((row) => `${row.code} ${row.name}`).join("; ") ||
                  "None chosen"}
              </dd>
            </div>
            <div>
              <dt className="font-medium">MicroPD sessions the team uses</dt>
              <dd className="text-muted-foreground">
                {goal.sessions.map((row) => row.title).join("; ") || "None chosen"}
              </dd>
            </div>
          </dl>
        ) : null}
        <CheckpointList teamId={teamId} goal={goal} canEdit={canEdit} />
        <GoalCommitmentList commitments={goal.commitments} />
      </CardContent>
    </Card>
  );
}

/** The team's goals on student learning, where the facilitator sets and measures them. */
export function TeamGoalSection({ teamId }: { teamId: string }) {
  const goals = useQuery(trpc.teamGoals.forTeam.queryOptions({ teamId }));
  return (
    <section aria-labelledby="team-goal-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="team-goal-heading" className="text-xl font-semibold">
          Team goal on student learning
        </h2>
        {goals.data?.canEdit ? (
          <Link to={`/teams/${teamId}/goals/new`} className={buttonClasses({ size: "sm" })}>
            Set a team goal
          </Link>
        ) : null}
      </div>
      {goals.isSuccess ? (
        goals.data.goals.length === 0 ? (
          <EmptyState title="No goal yet" icon={Target} headingLevel={3}>
            <p>
              Set a goal on a problem of student learning the team shares, with a measure, a target
              and checkpoints.
            </p>
          </EmptyState>
        ) : (
          goals.data.goals.map((goal) => (
            <GoalCard key={goal.id} teamId={teamId} goal={goal} canEdit={goals.data.canEdit} />
          ))
        )
      ) : (
        <QueryState
          query={goals}
          loading="Loading the team's goal…"
          errorTitle="The team's goal could not be shown"
        />
      )}
    </section>
  );
}
