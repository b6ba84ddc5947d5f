import type { CreateCohortAdminInput } from "@throughline/domain/cohort-admin";

/**
 * For tests: a self-paced 2026-27 cohort of the school and stage, with no coach and no workshop
 * date; `overrides` for what a test is about.
 */
export function selfPacedCohortInput(
  place: { schoolId: string; stageId: string },
  overrides: Partial<CreateCohortAdminInput> = {},
): CreateCohortAdminInput {
  return {
    schoolId: place.schoolId,
    stageId: place.stageId,
    name: "Maple Valley Elementary · Stage 3 · 2026-27",
    schoolYear: "2026-27",
    coachId: null,
    releaseMode: "self_paced",
    firstReleaseOn: null,
    daysBetweenSessions: null,
    workshop: { startsAt: null, minutes: 180, location: null, videoUrl: null, description: null },
    ...overrides,
  };
}
