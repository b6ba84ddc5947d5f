import type { TeacherProgram } from "@throughline/domain/program";
import { programRequiredFor } from "@throughline/domain/rules/program-requirement";
import { currentStage } from "@throughline/domain/rules/stage-eligibility";
import type { StageStatus } from "@throughline/domain/rules/stage-status";
import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { program, roleMembership, stage } from "../../schema/index.ts";
import { stageOrderColumns } from "../framework/framework-columns.ts";
import { programPositionOf } from "../framework/program-order.ts";
import { listProgramRequirements } from "../framework/program-requirements.ts";

/*
 * The programs on a teacher's home and path: every program they are in or the district requires
 * of them, in the district's order, with its stages, whether it is required of them and their
 * place in it. Their statuses come from the home's own enrolments (no second count).
 */

/** The programs a person sees, given their status per stage id (from their enrolments). */
export async function loadTeacherPrograms(
  tx: Transaction,
  params: { personId: string; statuses: ReadonlyMap<string, StageStatus> },
): Promise<TeacherProgram[]> {
  const [programs, stages, requirements, roles] = await Promise.all([
    tx
      .select({
        id: program.id,
        title: program.title,
        summary: program.summary,
        archivedAt: program.archivedAt,
      })
      .from(program)
      .orderBy(asc(program.position)),
    tx.select(stageOrderColumns).from(stage).orderBy(asc(programPositionOf), asc(stage.position)),
    listProgramRequirements(tx),
    tx
      .select({ role: roleMembership.role, schoolId: roleMembership.schoolId })
      .from(roleMembership)
      .where(eq(roleMembership.personId, params.personId)),
  ]);
  const shown: TeacherProgram[] = [];
  for (const found of programs) {
    const own = stages.filter((row) => row.programId === found.id);
    const current = currentStage(own, params.statuses);
    // An archived program takes no one new: it stays only on the paths of those in it.
    const required = found.archivedAt === null && programRequiredFor(found.id, requirements, roles);
    if (!current && !required) continue;
    shown.push({
      id: found.id,
      title: found.title,
      summary: found.summary,
      required,
      stages: own.map(({ id, position, title }) => ({ id, position, title })),
      current: current ? { stageId: current.stage.id, status: current.status } : null,
    });
  }
  return shown;
}
