import type { TeamGoal } from "@throughline/domain/team-goal";
import { GoalProgressLine } from "./team-goal-progress.tsx";

/**
 * A team goal as the API sends it (its progress computed beside it) drawn as baseline → latest
 * → target with its status: the goal card, the team page and the meeting room show it alike.
 */
export function TeamGoalProgressLine({ goal }: { goal: TeamGoal }) {
  return (
    <GoalProgressLine
      goal={{
        ...goal,
        latestValue: goal.progress.latestValue,
        latestOn: goal.progress.latestOn,
        status: goal.progress.status,
      }}
    />
  );
}
