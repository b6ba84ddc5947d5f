import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { AgendaItem } from "@throughline/domain/meeting-room";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDay } from "@throughline/ui/format";
import { GoalCommitmentList } from "@throughline/ui/team-goal-commitments";
import { TeamGoalProgressLine } from "@throughline/ui/team-goal-progress-line";
import { WorkSampleList } from "../team/goal/work-samples.tsx";

/** The protocol whose meetings look at the goal's student work together. */
const LOOKING_AT_STUDENT_WORK = "Looking at student work";

/**
 * The team's goal on the meeting's agenda: where the measure stands (baseline → latest →
 * target, on or off track), and the de-identified student work of its checkpoints, which the
 * "Looking at student work" protocol has the team look at together; and the commitments tied
 * to it, as far as the viewer may read the teachers' action plans.
 */
export function TeamGoalPanel({
  meetingId,
  agenda,
}: {
  meetingId: string;
  agenda: readonly AgendaItem[];
}) {
  const goals = useQuery(trpc.teamGoals.forMeeting.queryOptions({ meetingId }));
  if (!goals.isSuccess || goals.data.length === 0) return null;
  const looksAtWork = agenda.some((item) => item.protocolName === LOOKING_AT_STUDENT_WORK);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Team goal</CardTitle>
        <CardDescription>
          {looksAtWork
            ? "This meeting looks at student work with the “Looking at student work” protocol."
            : "Where the team stands on its goal on student learning."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {goals.data.map((goal) => {
          const withSamples = goal.checkpoints.filter(
            (checkpoint) => checkpoint.workSamples.length > 0,
          );
          return (
            <section key={goal.id} aria-label={goal.measure} className="flex flex-col gap-3">
              <h3 className="font-semibold">{goal.measure}</h3>
              <TeamGoalProgressLine goal={goal} />
              {withSamples.length > 0 ? (
                <div className="flex flex-col gap-2">
                  <h4 className="text-sm font-semibold">Student work to look at</h4>
                  {withSamples.map((checkpoint) => (
                    <div key={checkpoint.id} className="flex flex-col gap-1">
                      <p className="text-sm text-muted-foreground">
                        Checkpoint {formatDay(checkpoint.plannedOn)}
                      </p>
                      <WorkSampleList samples={checkpoint.workSamples} />
                    </div>
                  ))}
                </div>
              ) : looksAtWork ? (
                <p className="text-sm text-muted-foreground">
                  No student work is attached to this goal's checkpoints yet.
                </p>
              ) : null}
              <GoalCommitmentList commitments={goal.commitments} />
            </section>
          );
        })}
      </CardContent>
    </Card>
  );
}
