import type {
  ObservationAccess,
  ObservationViewer,
} from "@throughline/domain/rules/observation-access";
import { eq, type SQLWrapper, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { observation, person } from "../../schema/index.ts";

/*
 * Coaching is kept apart from evaluation, here in SQL. Every observation query of this package
 * reads through `visibleObservations`, which works out, per row, how the viewer stands to the
 * observed teacher and applies the domain's `observationAccess` rule (tested against it row by
 * row in observation-visibility.test.ts). Rows the viewer may not know of are dropped; rows they
 * may only know happened ("facts") come back with every content column nulled, so no query built
 * on top can leak a reflection by accident. Ratings, notes and photos are only ever joined
 * through `access = 'content'`.
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
    when ${r.kind} = 'coaching' then case
      when ${r.relation} = 'supporting_coach' then 'content'
      when ${r.relation} = 'leader' and ${r.sharedWithLeadersAt} is not null then 'content'
      when ${r.relation} = 'leader' then 'facts'
      else 'none' end
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

/** A column named with its table: inside the correlated subqueries a bare name could be ambiguous. */
function qualified(table: string, column: string) {
  return sql`${sql.identifier(table)}.${sql.identifier(column)}`;
}

/** Timestamps computed in SQL arrive as text or Date depending on the driver. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}
