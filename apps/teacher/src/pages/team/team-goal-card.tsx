import type { TeamGoal, TeamGoalCommitments } from "@throughline/domain/team-goal";
import { GoalCommitmentList } from "@throughline/ui/team-goal-commitments";
import { TeamGoalProgressLine } from "@throughline/ui/team-goal-progress-line";

/**
 * One team goal as a member reads it: the problem and measure, where the team stands
 * (baseline → latest → target, on or off track) and the commitments tied to it.
 */
export function TeamGoalSummary({
  goal,
  headingLevel,
}: {
  goal: TeamGoal & { commitments: TeamGoalCommitments };
  headingLevel: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section aria-label={goal.measure} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <Heading className="font-semibold">{goal.measure}</Heading>
        <p className="text-sm text-muted-foreground">{goal.problem}</p>
      </div>
      <TeamGoalProgressLine goal={goal} />
      <GoalCommitmentList commitments={goal.commitments} headingLevel={4} />
    </section>
  );
}
