import type { Role } from "../enums.ts";

/*
 * Who must take a program. A district requires a program of a role, in every school or in one;
 * a person must take it when they hold that role there. A role held district-wide (a district
 * coach) meets only district-wide requirements: it is not "in" any one school.
 */

export interface ProgramRequirement {
  programId: string;
  role: Role;
  /** Null: in every school. */
  schoolId: string | null;
}

export interface HeldRole {
  role: Role;
  /** Null: district-wide. */
  schoolId: string | null;
}

/** Whether a person holding `roles` is required to take the program. */
export function programRequiredFor(
  programId: string,
  requirements: readonly ProgramRequirement[],
  roles: readonly HeldRole[],
): boolean {
  return requirements.some(
    (requirement) =>
      requirement.programId === programId &&
      roles.some(
        (held) =>
          held.role === requirement.role &&
          (requirement.schoolId === null || held.schoolId === requirement.schoolId),
      ),
  );
}
