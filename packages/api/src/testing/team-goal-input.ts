import type { TeamGoalInput } from "@throughline/domain/team-goal";

/**
 * For tests: a team goal in percent over the 2026-27 year, 40 to 60, with one checkpoint and no
 * indicators or sessions; `overrides` for what a test is about.
 */
export function teamGoalInput(overrides: Partial<TeamGoalInput> = {}): TeamGoalInput {
  return {
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
    ...overrides,
  };
}
