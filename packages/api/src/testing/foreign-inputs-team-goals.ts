import type { ForeignIds } from "./foreign-ids.ts";
import { teamGoalInput } from "./team-goal-input.ts";

const goal = teamGoalInput();

/** Team-goal calls aimed at another district's team, goal, checkpoint and meeting. */
export const teamGoalInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "teamGoals.forTeam": (foreign) => ({ teamId: foreign.teamId }),
  "teamGoals.forMeeting": (foreign) => ({ meetingId: foreign.meetingId }),
  "teamGoals.create": (foreign) => ({ teamId: foreign.teamId, goal }),
  "teamGoals.update": (foreign) => ({ goalId: foreign.goalId, goal }),
  "teamGoals.recordCheckpoint": (foreign) => ({
    checkpointId: foreign.checkpointId,
    measure: { kind: "value", value: 50 },
  }),
  "teamGoals.overview": (foreign) => ({ schoolId: foreign.schoolId }),
};
