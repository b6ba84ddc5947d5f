import { roleSchema } from "@throughline/domain/enums";
import type { TeacherProgram } from "@throughline/domain/program";
import { type HeldRole, programRequiredFor } from "@throughline/domain/rules/program-requirement";
import { currentStage } from "@throughline/domain/rules/stage-eligibility";
import type { StageStatus } from "@throughline/domain/rules/stage-status";
import { asc, sql } from "drizzle-orm";
import { z } from "zod";
import type { Transaction } from "../../client.ts";
import { program } from "../../schema/index.ts";

/*
 * The programs on a teacher's home and path: every program they are in or the district requires
 * of them, in the district's order, with its stages, whether it is required of them and their
 * place in it. Their statuses come from the home's own enrolments (no second count).
 */

const heldRoleSchema = z.object({
  role: roleSchema,
  schoolId: z.string().nullable(),
});
const factsSchema = z.object({
  stages: z.array(
    z.object({ id: z.string(), position: z.number(), title: z.string(), programId: z.string() }),
  ),
  requirements: z.array(heldRoleSchema),
  roles: z.array(heldRoleSchema),
});

/** The district's programs with their stages and requirements, and the person's roles. */
export interface ProgramFacts {
  programs: { id: string; title: string; summary: string; archived: boolean }[];
  stages: z.infer<typeof factsSchema>["stages"];
  requirements: { programId: string; role: HeldRole["role"]; schoolId: string | null }[];
  roles: HeldRole[];
}

/**
 * Everything the programs part of the home needs, in one statement (sent with the home's other
 * statements, in the same round trip): each program with its stages and requirements as JSON,
 * and the person's roles.
 */
export async function loadProgramFacts(
  tx: Transaction,
  params: { personId: string },
): Promise<ProgramFacts> {
  const rows = await tx
    .select({
      id: program.id,
      title: program.title,
      summary: program.summary,
      archived: sql<boolean>`${program.archivedAt} is not null`,
      // Written out with table names: drizzle leaves a one-table query's columns unqualified,
      // which a subquery would read as its own.
      facts: sql<unknown>`json_build_object(
        'stages', coalesce((
          select json_agg(json_build_object('id', s.id, 'position', s.position,
            'title', s.title, 'programId', s.program_id) order by s.position)
          from stage s
          where s.district_id = program.district_id and s.program_id = program.id
        ), '[]'),
        'requirements', coalesce((
          select json_agg(json_build_object('role', r.role, 'schoolId', r.school_id))
          from program_requirement r
          where r.district_id = program.district_id and r.program_id = program.id
        ), '[]'),
        'roles', coalesce((
          select json_agg(json_build_object('role', m.role, 'schoolId', m.school_id))
          from role_membership m
          where m.district_id = program.district_id and m.person_id = ${params.personId}
        ), '[]')
      )`,
    })
    .from(program)
    .orderBy(asc(program.position));
  const facts: ProgramFacts = { programs: [], stages: [], requirements: [], roles: [] };
  for (const row of rows) {
    // JSON from the database: its shape is checked, not assumed.
    const parsed = factsSchema.parse(row.facts);
    facts.programs.push({
      id: row.id,
      title: row.title,
      summary: row.summary,
      archived: row.archived,
    });
    facts.stages.push(...parsed.stages);
    facts.requirements.push(
      ...parsed.requirements.map((requirement) => ({ ...requirement, programId: row.id })),
    );
    facts.roles = parsed.roles;
  }
  return facts;
}

/** The programs a person sees, given their status per stage id (from their enrolments). */
export function teacherProgramsOf(
  facts: ProgramFacts,
  statuses: ReadonlyMap<string, StageStatus>,
): TeacherProgram[] {
  const shown: TeacherProgram[] = [];
  for (const found of facts.programs) {
    const own = facts.stages.filter((row) => row.programId === found.id);
    const current = currentStage(own, statuses);
    // An archived program takes no one new: it stays only on the paths of those in it.
    const required =
      !found.archived && programRequiredFor(found.id, facts.requirements, facts.roles);
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
