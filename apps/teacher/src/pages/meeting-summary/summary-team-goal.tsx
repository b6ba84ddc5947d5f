import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { TeamGoalSummary } from "../team/team-goal-card.tsx";

/**
 * The team's goal beside the meeting's agenda, so members come to the meeting knowing where the
 * team stands and leave it seeing the commitments tied to the goal. Nothing when there is none.
 */
export function SummaryTeamGoal({ meetingId }: { meetingId: string }) {
  const goals = useQuery(trpc.teamGoals.forMeeting.queryOptions({ meetingId }));
  if (!goals.isSuccess || goals.data.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Team goal</CardTitle>
        <CardDescription>Where the team stands on its goal on student learning.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {goals.data.map((goal) => (
          <TeamGoalSummary key={goal.id} goal={goal} headingLevel={3} />
        ))}
      </CardContent>
    </Card>
  );
}
