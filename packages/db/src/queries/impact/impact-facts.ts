import type { SchoolReach } from "@throughline/domain/rules/access-scope";
import type {
  ImpactEnrolmentFact,
  ImpactTeacherFact,
  LevelSpan,
} from "@throughline/domain/rules/impact-figures";
import { completedInPeriod, stageCompletedAt } from "@throughline/domain/rules/stage-completion";
import { type AnyColumn, and, asc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  enrolmentProgressSummary,
  externalPdRequest,
  indicator,
  observedLevelDay,
  school,
  selfAssessedLevelDay,
  stage,
  teacherPdDay,
} from "../../schema/index.ts";
import { CURRENT_STATUSES } from "../enrolments/stage-progress.ts";
import { indicatorColumns } from "../framework/framework-columns.ts";
import { anyId } from "../sql/any-id.ts";
import {
  cohortOfEnrolment,
  schoolOfCohort,
  stageOfCohort,
  summaryOfEnrolment,
} from "../sql/same-district-joins.ts";

/** The report's selection: the viewer's schools, the filters chosen, and the period. */
export interface ImpactSelection {
  schools: SchoolReach;
  schoolId?: string | undefined;
  stageId?: string | undefined;
  cohortId?: string | undefined;
  from: string;
  to: string;
  /** The district's time zone: an enrolment counts from its local day. */
  timeZone: string;
}

/** Cohorts within the viewer's schools and the chosen school, stage and cohort. */
function cohortsChosen(selection: ImpactSelection): SQL | undefined {
  return and(
    selection.schools === "all" ? undefined : anyId(cohort.schoolId, selection.schools),
    selection.schoolId ? eq(cohort.schoolId, selection.schoolId) : undefined,
    selection.stageId ? eq(cohort.stageId, selection.stageId) : undefined,
    selection.cohortId ? eq(cohort.id, selection.cohortId) : undefined,
  );
}

/**
 * Every current enrolment of the selection made by the period's last local day, with its cohort,
 * school and stage and whether the stage was completed in the period: on the later of the moment
 * its requirements were met, kept in `enrolment_progress_summary` (migrations 0022, 0034), and
 * its confirmation when the stage asks for one.
 */
export async function loadImpactEnrolments(
  tx: Transaction,
  selection: ImpactSelection,
): Promise<ImpactEnrolmentFact[]> {
  const rows = await tx
    .select({
      personId: enrolment.personId,
      cohortId: cohort.id,
      cohortName: cohort.name,
      schoolId: school.id,
      schoolName: school.name,
      stageId: stage.id,
      stageTitle: stage.title,
      stagePosition: stage.position,
      requirementsMetAt: enrolmentProgressSummary.requirementsMetAt,
      requiresConfirmation: stage.requiresConfirmation,
      confirmedAt: enrolment.confirmedAt,
    })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .innerJoin(school, schoolOfCohort)
    .leftJoin(enrolmentProgressSummary, summaryOfEnrolment)
    .where(
      and(
        cohortsChosen(selection),
        inArray(enrolment.status, CURRENT_STATUSES),
        sql`(${enrolment.enrolledAt} at time zone ${selection.timeZone})::date <= ${selection.to}::date`,
      ),
    );
  return rows.map((row) => ({
    personId: row.personId,
    cohort: { id: row.cohortId, name: row.cohortName },
    school: { id: row.schoolId, name: row.schoolName },
    stage: { id: row.stageId, title: row.stageTitle, position: row.stagePosition },
    completed: completedInPeriod(stageCompletedAt(row), selection, selection.timeZone),
  }));
}

/**
 * The rows of a kept per-teacher, per-day table (PD days, feedback days, level days) of the
 * selection's teachers in its period.
 */
export function chosenTeacherDays(
  tx: Transaction,
  selection: ImpactSelection,
  row: { personId: AnyColumn; day: AnyColumn },
): SQL | undefined {
  return and(
    inArray(row.personId, teachersChosen(tx, selection)),
    gte(row.day, selection.from),
    lte(row.day, selection.to),
  );
}

/** The teachers of the selection, as a subquery (the same enrolments as above). */
export function teachersChosen(tx: Transaction, selection: ImpactSelection) {
  return tx
    .selectDistinct({ personId: enrolment.personId })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(
      and(
        cohortsChosen(selection),
        inArray(enrolment.status, CURRENT_STATUSES),
        sql`(${enrolment.enrolledAt} at time zone ${selection.timeZone})::date <= ${selection.to}::date`,
      ),
    );
}

/**
 * Each teacher's PD time in the period and last active day, from `teacher_pd_day`, with the
 * approved PD they took elsewhere whose last day is in the period added to the time, as their
 * transcript's total counts it (one tenth per tenth of an hour: the hours are kept in tenths).
 * The last active day stays the district's own PD's.
 */
export async function loadImpactTeachers(
  tx: Transaction,
  selection: ImpactSelection,
): Promise<ImpactTeacherFact[]> {
  const [rows, external] = await Promise.all([
    tx
      .select({
        personId: teacherPdDay.personId,
        tenths: sql<number>`sum(${teacherPdDay.tenths})`.mapWith(Number),
        lastActiveOn: sql<string | null>`max(${teacherPdDay.day})::text`,
      })
      .from(teacherPdDay)
      .where(chosenTeacherDays(tx, selection, teacherPdDay))
      .groupBy(teacherPdDay.personId),
    tx
      .select({
        personId: externalPdRequest.personId,
        tenths: sql<number>`sum(round(${externalPdRequest.hours} * 10))`.mapWith(Number),
      })
      .from(externalPdRequest)
      .where(
        and(
          eq(externalPdRequest.status, "approved"),
          chosenTeacherDays(tx, selection, {
            personId: externalPdRequest.personId,
            day: externalPdRequest.endOn,
          }),
        ),
      )
      .groupBy(externalPdRequest.personId),
  ]);
  const byPerson = new Map(rows.map((row) => [row.personId, row]));
  for (const row of external) {
    const known = byPerson.get(row.personId);
    if (known) known.tenths += row.tenths;
    else byPerson.set(row.personId, { ...row, lastActiveOn: null });
  }
  return [...byPerson.values()];
}

/**
 * Each teacher's first and last level per indicator in the period, and on how many days: from
 * published walkthroughs and imported evaluation ratings (`observed_level_day`, which never
 * holds coaching observations) or from self-assessments (`self_assessed_level_day`).
 */
export async function loadLevelSpans(
  tx: Transaction,
  selection: ImpactSelection,
  source: "observed" | "selfAssessed",
): Promise<LevelSpan[]> {
  const table =
    source === "observed"
      ? { t: observedLevelDay, day: observedLevelDay.observedOn }
      : { t: selfAssessedLevelDay, day: selfAssessedLevelDay.assessedOn };
  const { t, day } = table;
  // The first and last day's levels without sorting each teacher's days: the day and the level
  // as one number (days since 2000 × 1000 + level + 500, a scale's ranks lying well within
  // ±500), whose least and greatest are the first and last day's, read in one pass.
  const dayAndRank = sql`((${day} - date '2000-01-01')::bigint * 1000 + ${t.levelRank} + 500)`;
  return tx
    .select({
      personId: t.personId,
      indicatorId: t.indicatorId,
      firstRank: sql<number>`(min(${dayAndRank}) % 1000 - 500)::int`.mapWith(Number),
      lastRank: sql<number>`(max(${dayAndRank}) % 1000 - 500)::int`.mapWith(Number),
      days: sql<number>`count(*)`.mapWith(Number),
    })
    .from(t)
    .where(chosenTeacherDays(tx, selection, { personId: t.personId, day }))
    .groupBy(t.personId, t.indicatorId);
}

/** The district's indicators in framework order, named as people read them. */
export async function loadIndicatorNames(tx: Transaction) {
  const rows = await tx
    .select(indicatorColumns)
    .from(indicator)
    .orderBy(asc(indicator.code), asc(indicator.title));
  return rows.map((row) => ({ id: row.id, label: `${row.code} ${row.title}` }));
}

/** What the filters may offer: the viewer's schools, the stages, and those schools' cohorts. */
export async function loadImpactOptions(tx: Transaction, schools: SchoolReach) {
  const [schoolRows, stageRows, cohortRows] = await Promise.all([
    tx
      .select({ id: school.id, name: school.name })
      .from(school)
      .where(schools === "all" ? undefined : anyId(school.id, schools))
      .orderBy(asc(school.name)),
    tx
      .select({ id: stage.id, title: stage.title, position: stage.position })
      .from(stage)
      .orderBy(asc(stage.position)),
    tx
      .select({
        id: cohort.id,
        name: cohort.name,
        schoolId: cohort.schoolId,
        stageId: cohort.stageId,
      })
      .from(cohort)
      .where(schools === "all" ? undefined : anyId(cohort.schoolId, schools))
      .orderBy(asc(cohort.name)),
  ]);
  return { schools: schoolRows, stages: stageRows, cohorts: cohortRows };
}
