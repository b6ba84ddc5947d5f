import type { AdminHome } from "@throughline/domain/home";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, enrolment, person, roleMembership, school, stage } from "../../schema/index.ts";
import { activeEnrolment } from "../enrolments/active-enrolment.ts";
import { stageNameColumns } from "../framework/framework-columns.ts";
import { programPositionOf, programTitleOf } from "../framework/program-order.ts";
import {
  cohortOfEnrolment,
  personOfMembership,
  stageOfCohort,
} from "../sql/same-district-joins.ts";

/**
 * Schools in the viewer's scope with their teachers counted by current stage (the highest stage
 * they are enrolled in, per program: a teacher in two programs counts once in each). A district
 * admin sees every school; a principal sees their own. The counting is one aggregate query.
 */
export async function getAdminHome(
  tx: Transaction,
  params: { personId: string },
): Promise<AdminHome> {
  const roles = await tx
    .select({ role: roleMembership.role, schoolId: roleMembership.schoolId })
    .from(roleMembership)
    .where(eq(roleMembership.personId, params.personId));
  const districtWide = roles.some((row) => row.role === "district_admin");
  const principalOf = roles.flatMap((row) =>
    row.role === "principal" && row.schoolId ? [row.schoolId] : [],
  );
  const scope = districtWide ? "district" : "school";

  const [stages, schools] = await Promise.all([
    tx
      .select({ ...stageNameColumns, programTitle: programTitleOf })
      .from(stage)
      .orderBy(asc(programPositionOf), asc(stage.position)),
    districtWide || principalOf.length > 0
      ? tx
          .select({ id: school.id, name: school.name })
          .from(school)
          .where(districtWide ? undefined : inArray(school.id, principalOf))
          .orderBy(asc(school.name))
      : Promise.resolve([]),
  ]);
  if (schools.length === 0) return { scope, stages, schools: [] };

  const counts = await countTeachersByStage(
    tx,
    schools.map((row) => row.id),
  );
  return {
    scope,
    stages,
    schools: schools.map((row) => {
      const ofSchool = counts.filter((entry) => entry.schoolId === row.id);
      return {
        id: row.id,
        name: row.name,
        teacherCount: ofSchool.reduce((sum, entry) => sum + entry.people, 0),
        notEnrolled: ofSchool.find((entry) => entry.stageId === null)?.count ?? 0,
        byStage: stages.map((s) => ({
          stageId: s.id,
          count: ofSchool.find((entry) => entry.stageId === s.id)?.count ?? 0,
        })),
      };
    }),
  };
}

/**
 * Active teachers per school and current stage (one per program they are in); stageId null
 * means not enrolled anywhere. `people` counts each teacher once, on their first program's row.
 */
async function countTeachersByStage(tx: Transaction, schoolIds: string[]) {
  const teachers = tx.$with("teachers").as(
    tx
      .selectDistinct({ schoolId: roleMembership.schoolId, personId: roleMembership.personId })
      .from(roleMembership)
      .innerJoin(person, personOfMembership)
      .where(
        and(
          eq(roleMembership.role, "teacher"),
          inArray(roleMembership.schoolId, schoolIds),
          eq(person.active, true),
        ),
      ),
  );
  // One row per enrolled person and program: the enrolment in their highest stage of it, and
  // whether that program is the person's first (so each person is counted once in `people`).
  const current = tx.$with("current_stage").as(
    tx
      .selectDistinctOn([enrolment.personId, stage.programId], {
        personId: enrolment.personId,
        stageId: sql<string>`${cohort.stageId}`.as("current_stage_id"),
        first:
          sql<boolean>`rank() over (partition by ${enrolment.personId} order by ${programPositionOf}) = 1`.as(
            "first_program",
          ),
      })
      .from(enrolment)
      .innerJoin(cohort, cohortOfEnrolment)
      .innerJoin(stage, stageOfCohort)
      .where(activeEnrolment)
      .orderBy(enrolment.personId, stage.programId, desc(stage.position)),
  );
  return tx
    .with(teachers, current)
    .select({
      schoolId: teachers.schoolId,
      stageId: current.stageId,
      count: count(),
      people: sql<number>`count(*) filter (where ${current.first} is not false)`.mapWith(Number),
    })
    .from(teachers)
    .leftJoin(current, eq(current.personId, teachers.personId))
    .groupBy(teachers.schoolId, current.stageId);
}
