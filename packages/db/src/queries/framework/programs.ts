import type { PositionUpdate } from "@throughline/domain/rules/reorder";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { program, stage } from "../../schema/index.ts";
import { nextPosition } from "../sql/next-position.ts";
import { tenantChildJoin } from "../sql/same-district-joins.ts";

/* The district's programs: read by every framework screen, written by district admins. */

interface ProgramListItem {
  id: string;
  position: number;
  title: string;
  summary: string;
  archived: boolean;
  stageCount: number;
}

const programColumns = {
  id: program.id,
  position: program.position,
  title: program.title,
  summary: program.summary,
  archived: sql<boolean>`${program.archivedAt} is not null`,
};

/** Every program of the district in order, archived ones included, with its stage count. */
export function listPrograms(tx: Transaction): Promise<ProgramListItem[]> {
  return tx
    .select({ ...programColumns, stageCount: count(stage.id) })
    .from(program)
    .leftJoin(stage, tenantChildJoin(stage, stage.programId, program))
    .groupBy(program.districtId, program.id)
    .orderBy(asc(program.position));
}

/** Whether the program is in the district and, with `openOnly`, not archived. */
export async function programExists(
  tx: Transaction,
  params: { programId: string; openOnly?: boolean },
): Promise<boolean> {
  const [found] = await tx
    .select({ id: program.id })
    .from(program)
    .where(
      params.openOnly
        ? and(eq(program.id, params.programId), isNull(program.archivedAt))
        : eq(program.id, params.programId),
    )
    .limit(1);
  return found !== undefined;
}

/** Whether another program of the district already has this title (titles name programs). */
export async function programTitleTaken(
  tx: Transaction,
  params: { title: string; exceptId?: string },
): Promise<boolean> {
  const [found] = await tx
    .select({ id: program.id })
    .from(program)
    .where(
      params.exceptId
        ? sql`lower(${program.title}) = lower(${params.title}) and ${program.id} <> ${params.exceptId}`
        : sql`lower(${program.title}) = lower(${params.title})`,
    )
    .limit(1);
  return found !== undefined;
}

/** Adds a program after the last one. */
export async function createProgram(
  tx: Transaction,
  params: { districtId: string; title: string; summary: string },
): Promise<string> {
  const [created] = await tx
    .insert(program)
    .values({ ...params, position: nextPosition(program.position) })
    .returning({ id: program.id });
  if (!created) throw new Error("The program was not added.");
  return created.id;
}

/** Renames a program or changes its summary; false when it is not in the district. */
export async function updateProgram(
  tx: Transaction,
  params: { programId: string; title: string; summary: string },
): Promise<boolean> {
  const { programId, ...fields } = params;
  const updated = await tx
    .update(program)
    .set(fields)
    .where(eq(program.id, programId))
    .returning({ id: program.id });
  return updated.length > 0;
}

/**
 * Archives a program (it keeps its stages, cohorts and every teacher's history, and stays on
 * their records) or brings it back; false when it is not in the district.
 */
export async function setProgramArchived(
  tx: Transaction,
  params: { programId: string; archived: boolean; now: Date },
): Promise<boolean> {
  const updated = await tx
    .update(program)
    .set({ archivedAt: params.archived ? params.now : null })
    .where(eq(program.id, params.programId))
    .returning({ id: program.id });
  return updated.length > 0;
}

/** The district's program ids in their current order. */
export async function programIdsInOrder(tx: Transaction): Promise<string[]> {
  const rows = await tx.select({ id: program.id }).from(program).orderBy(asc(program.position));
  return rows.map((row) => row.id);
}

/**
 * Gives every program its new position; `(district_id, position)` is unique per statement, so
 * the positions first move out of the way (negated), as stages and sessions do.
 */
export async function applyProgramPositions(
  tx: Transaction,
  updates: readonly PositionUpdate[],
): Promise<void> {
  await tx.update(program).set({ position: sql`-${program.position}` });
  for (const { id, position } of updates) {
    await tx.update(program).set({ position }).where(eq(program.id, id));
  }
}
