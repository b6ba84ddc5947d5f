import type {
  ObservationAccess,
  ObservationViewer,
} from "@throughline/domain/rules/observation-access";
import { eq, type SQLWrapper, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  coachingInteraction,
  coachingInteractionTeacher,
  observation,
  person,
  selfAssessment,
} from "../../schema/index.ts";
import { teachersOfInteraction } from "../sql/same-district-joins.ts";

/*
 * Coaching is kept apart from evaluation, here in SQL. Every observation query of this package
 * reads through `visibleObservations`, which works out, per row, how the viewer stands to the
 * observed teacher and applies the domain's `observationAccess` rule (tested against it row by
 * row in observation-visibility.test.ts). Rows the viewer may not know of are dropped; rows they
 * may only know happened ("facts") come back with every content column nulled, so no query built
 * on top can leak a reflection by accident. Ratings, notes and photos are only ever joined
 * through `access = 'content'`. A teacher's self-assessments are coaching content too, and read
 * through `visibleSelfAssessments` below: the same relation, the same coaching rule
 * (`coachingContentSql`, the domain's `coachingContentAccess`).
 */

/** How the viewer stands to the row's teacher; the first that applies, as the domain rule orders them. */
function relationSql(viewerId: string, row: { teacherId: SQLWrapper; observerId: SQLWrapper }) {
  const teacherId = row.teacherId;
  return sql<ObservationViewer>`case
    when ${row.observerId} = ${viewerId} then 'observer'
    when ${teacherId} = ${viewerId} then 'teacher'
    when exists (
      select 1 from enrolment e
      join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
      where e.person_id = ${teacherId} and e.status <> 'withdrawn'
        and c.coach_id = ${viewerId}
    ) or exists (
      select 1 from team_member tm
      join team t on t.district_id = tm.district_id and t.id = tm.team_id
      where tm.person_id = ${teacherId} and t.facilitator_id = ${viewerId}
    ) then 'supporting_coach'
    when exists (
      select 1 from role_membership r
      where r.person_id = ${viewerId}
        and (r.role = 'district_admin' or (r.role = 'principal' and (r.school_id is null or r.school_id in (
          select t.school_id from team_member tm
          join team t on t.district_id = tm.district_id and t.id = tm.team_id
          where tm.person_id = ${teacherId}
          union
          select c.school_id from enrolment e
          join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          where e.person_id = ${teacherId}
          union
          select tr.school_id from role_membership tr
          where tr.person_id = ${teacherId} and tr.role = 'teacher'
        ))))
    ) then 'leader'
    else 'other'
  end`;
}

/**
 * How the viewer stands to a teacher they might observe (no observation yet, so never
 * "observer"): who may start which kind of observation. Null when there is no such person.
 */
export async function relationToTeacher(
  tx: Transaction,
  params: { viewerId: string; teacherId: string },
): Promise<Exclude<ObservationViewer, "observer"> | null> {
  const [row] = await tx
    .select({
      relation: relationSql(params.viewerId, {
        teacherId: qualified("person", "id"),
        observerId: sql`null::uuid`,
      }),
    })
    .from(person)
    .where(eq(person.id, params.teacherId))
    .limit(1);
  if (!row) return null;
  return row.relation === "observer" ? "other" : row.relation;
}

/** Every observation with the viewer's relation to it, before the access rule. */
function withRelation(tx: Transaction, viewerId: string) {
  return tx
    .select({
      id: observation.id,
      teacherId: observation.teacherId,
      observerId: observation.observerId,
      kind: observation.kind,
      status: observation.status,
      observedOn: observation.observedOn,
      classLabel: observation.classLabel,
      durationMinutes: observation.durationMinutes,
      publishedAt: observation.publishedAt,
      revision: observation.revision,
      reflection: observation.reflection,
      reflectedAt: observation.reflectedAt,
      acknowledgedAt: observation.acknowledgedAt,
      sharedWithLeadersAt: observation.sharedWithLeadersAt,
      updatedAt: observation.updatedAt,
      relation: relationSql(viewerId, {
        teacherId: qualified("observation", "teacher_id"),
        observerId: qualified("observation", "observer_id"),
      }).as("relation"),
    })
    .from(observation)
    .as("related_observation");
}

/**
 * The observations the viewer may know of, each with `relation` and `access`
 * ("content" | "facts"); use it as a table: `tx.select().from(visible).where(...)`.
 */
export function visibleObservations(tx: Transaction, viewerId: string) {
  const r = withRelation(tx, viewerId);
  // The domain rule, observationAccess, spelled in SQL.
  const access = sql<ObservationAccess>`case
    when ${r.relation} = 'observer' then 'content'
    when ${r.status} = 'draft' then 'none'
    when ${r.relation} = 'teacher' then 'content'
    when ${r.kind} = 'coaching' then ${coachingContentSql(r.relation, r.sharedWithLeadersAt)}
    when ${r.relation} = 'leader' then 'content'
    else 'none'
  end`;
  const content = <T>(column: unknown) =>
    sql<T | null>`case when ${access} = 'content' then ${column} end`;
  const graded = tx
    .select({
      id: r.id,
      teacherId: r.teacherId,
      observerId: r.observerId,
      kind: r.kind,
      status: r.status,
      observedOn: r.observedOn,
      publishedAt: r.publishedAt,
      relation: r.relation,
      access: access.as("access"),
      sharedWithLeadersAt: r.sharedWithLeadersAt,
      classLabel: content<string>(r.classLabel).as("class_label"),
      durationMinutes: content<number>(r.durationMinutes).as("duration_minutes"),
      revision: r.revision,
      reflection: content<string>(r.reflection).as("reflection"),
      reflectedAt: content<Date>(r.reflectedAt).mapWith(toDate).as("reflected_at"),
      acknowledgedAt: content<Date>(r.acknowledgedAt).mapWith(toDate).as("acknowledged_at"),
      updatedAt: r.updatedAt,
    })
    .from(r)
    .as("graded_observation");
  return tx.select().from(graded).where(sql`${graded.access} <> 'none'`).as("visible_observation");
}

export type VisibleObservations = ReturnType<typeof visibleObservations>;

/**
 * The domain's `coachingContentAccess` spelled in SQL, for any coaching content the teacher owns:
 * the teacher and their supporting coaches read it; leaders only know it exists, unless shared.
 */
function coachingContentSql(relation: SQLWrapper, sharedWithLeadersAt: SQLWrapper) {
  return sql<ObservationAccess>`case
      when ${relation} in ('teacher', 'supporting_coach') then 'content'
      when ${relation} = 'leader' and ${sharedWithLeadersAt} is not null then 'content'
      when ${relation} = 'leader' then 'facts'
      else 'none' end`;
}

/**
 * The self-assessments the viewer may know of, each with `relation` and `access`
 * ("content" | "facts"), by the coaching rule: nobody observed a self-assessment, so the viewer
 * is the teacher, a supporting coach, a leader or nobody. Ratings and notes live in their own
 * table and are joined only where `access = 'content'`.
 */
export function visibleSelfAssessments(tx: Transaction, viewerId: string) {
  const related = tx
    .select({
      districtId: selfAssessment.districtId,
      id: selfAssessment.id,
      teacherId: selfAssessment.teacherId,
      stageId: selfAssessment.stageId,
      moment: selfAssessment.moment,
      assessedOn: selfAssessment.assessedOn,
      sharedWithLeadersAt: selfAssessment.sharedWithLeadersAt,
      createdAt: selfAssessment.createdAt,
      relation: relationSql(viewerId, {
        teacherId: qualified("self_assessment", "teacher_id"),
        observerId: sql`null::uuid`,
      }).as("relation"),
    })
    .from(selfAssessment)
    .as("related_self_assessment");
  const graded = tx
    .select({
      districtId: related.districtId,
      id: related.id,
      teacherId: related.teacherId,
      stageId: related.stageId,
      moment: related.moment,
      assessedOn: related.assessedOn,
      sharedWithLeadersAt: related.sharedWithLeadersAt,
      createdAt: related.createdAt,
      relation: related.relation,
      access: coachingContentSql(related.relation, related.sharedWithLeadersAt).as("access"),
    })
    .from(related)
    .as("graded_self_assessment");
  return tx
    .select()
    .from(graded)
    .where(sql`${graded.access} <> 'none'`)
    .as("visible_self_assessment");
}

/**
 * The coaching log's interactions the viewer may know of: one row per interaction and teacher,
 * with `relation` and `access` by the domain's `coachingInteractionAccess` — the coach who logged
 * it stands as the observer, then the coaching rule (a log entry is never shared with leaders).
 * The note is nulled unless `access = 'content'`; indicators are joined only where it is.
 */
export function visibleCoachingInteractions(tx: Transaction, viewerId: string) {
  const related = tx
    .select({
      id: coachingInteraction.id,
      teacherId: coachingInteractionTeacher.teacherId,
      coachId: coachingInteraction.coachId,
      kind: coachingInteraction.kind,
      occurredOn: coachingInteraction.occurredOn,
      minutes: coachingInteraction.minutes,
      note: coachingInteraction.note,
      createdAt: coachingInteraction.createdAt,
      relation: relationSql(viewerId, {
        teacherId: qualified("coaching_interaction_teacher", "teacher_id"),
        observerId: qualified("coaching_interaction", "coach_id"),
      }).as("relation"),
    })
    .from(coachingInteraction)
    .innerJoin(coachingInteractionTeacher, teachersOfInteraction)
    .as("related_coaching_interaction");
  const access = sql<ObservationAccess>`case
    when ${related.relation} = 'observer' then 'content'
    else ${coachingContentSql(related.relation, sql`null`)}
  end`;
  const graded = tx
    .select({
      id: related.id,
      teacherId: related.teacherId,
      coachId: related.coachId,
      kind: related.kind,
      occurredOn: related.occurredOn,
      minutes: related.minutes,
      createdAt: related.createdAt,
      relation: related.relation,
      access: access.as("access"),
      note: sql<string | null>`case when ${access} = 'content' then ${related.note} end`.as("note"),
    })
    .from(related)
    .as("graded_coaching_interaction");
  return tx
    .select()
    .from(graded)
    .where(sql`${graded.access} <> 'none'`)
    .as("visible_coaching_interaction");
}

/** A column named with its table: inside the correlated subqueries a bare name could be ambiguous. */
function qualified(table: string, column: string) {
  return sql`${sql.identifier(table)}.${sql.identifier(column)}`;
}

/** Timestamps computed in SQL arrive as text or Date depending on the driver. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}
