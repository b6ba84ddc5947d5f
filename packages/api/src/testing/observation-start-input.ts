import type { StartObservationInput } from "@throughline/domain/observation";

/**
 * For tests: the start of a 30-minute coaching visit to Period 2 on 8 January 2030, rating
 * `indicatorIds`; `overrides` for what a test is about.
 */
export function coachingVisitStart(
  teacherId: string,
  indicatorIds: string[],
  overrides: Partial<StartObservationInput> = {},
): StartObservationInput {
  return {
    teacherId,
    kind: "coaching",
    observedOn: "2030-01-08",
    classLabel: "Period 2",
    durationMinutes: 30,
    indicatorIds,
    ...overrides,
  };
}
