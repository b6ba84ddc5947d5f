import type { ForeignIds } from "./foreign-ids.ts";

const goal = {
  problem: "A problem",
  measure: "A measure",
  unit: "percent",
  baselineValue: 40,
  targetValue: 60,
  startsOn: "2026-09-01",
  targetOn: "2027-03-01",
  indicatorIds: [],
  sessionIds: [],
  checkpointDates: ["2026-11-01"],
};

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
