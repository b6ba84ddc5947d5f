import type { ProgramRequirement } from "@throughline/domain/rules/program-requirement";
import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { programRequirement, school } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/* Who must take which program: read by the admin's settings and by every teacher's path. */

interface ProgramRequirementRow extends ProgramRequirement {
  /** The school's name, null for a district-wide requirement. */
  schoolName: string | null;
}

/** Every requirement of the district, program by program, district-wide ones first. */
export function listProgramRequirements(tx: Transaction): Promise<ProgramRequirementRow[]> {
  return tx
    .select({
      programId: programRequirement.programId,
      role: programRequirement.role,
      schoolId: programRequirement.schoolId,
      schoolName: school.name,
    })
    .from(programRequirement)
    .leftJoin(school, tenantJoin(school, programRequirement, programRequirement.schoolId))
    .orderBy(asc(programRequirement.programId), asc(programRequirement.role), asc(school.name));
}

/** Replaces a program's requirements with `requirements` (duplicates written once). */
export async function replaceProgramRequirements(
  tx: Transaction,
  params: {
    districtId: string;
    programId: string;
    requirements: readonly Omit<ProgramRequirement, "programId">[];
  },
): Promise<void> {
  await tx.delete(programRequirement).where(eq(programRequirement.programId, params.programId));
  if (params.requirements.length === 0) return;
  await tx
    .insert(programRequirement)
    .values(
      params.requirements.map((requirement) => ({
        districtId: params.districtId,
        programId: params.programId,
        ...requirement,
      })),
    )
    .onConflictDoNothing();
}
