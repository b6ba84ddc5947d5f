import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { Target } from "lucide-react";
import { TeamGoalSummary } from "./team-goal-card.tsx";

/** The goals on student learning of the teams the teacher is on, and where each stands. */
export function TeamGoalsCard() {
  const teams = useQuery(trpc.teamGoals.mine.queryOptions());
  return (
    <Card className="mb-6">
      <CardHeader>
        <CardTitle>Team goals on student learning</CardTitle>
        <CardDescription>Where your team stands, and what members committed to.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <QueryView query={teams} about="your team's goals" placement="card">
          {(mine) =>
            mine.length === 0 ? (
              <EmptyState headingLevel={3} title="No team goal yet" icon={Target}>
                <p>
                  When your team's facilitator sets a goal on student learning, it appears here.
                </p>
              </EmptyState>
            ) : (
              mine.map((team) => (
                <div key={team.teamId} className="flex flex-col gap-4">
                  {mine.length > 1 ? (
                    <p className="text-sm font-medium text-muted-foreground">{team.teamName}</p>
                  ) : null}
                  {team.goals.map((goal) => (
                    <TeamGoalSummary key={goal.id} goal={goal} headingLevel={3} />
                  ))}
                </div>
              ))
            )
          }
        </QueryView>
      </CardContent>
    </Card>
  );
}
