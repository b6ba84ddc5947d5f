import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import type { ForeignIds } from "./foreign-ids.ts";
import { sampleGoal } from "./team-goal-rows.ts";

/**
 * Real rows of a district, in the shape the tenant-isolation inputs take, so the same inputs can
 * be aimed at the caller's own district, where they get past the checks and reach the database.
 * Plans, steps, meetings, observations, team and school are `teacher`'s own (a teacher, coached
 * by the district's coach); the person and enrolment are of a teammate who is not one of `spare`
 * (the test's signed-in callers), so deactivating them leaves the callers signed in.
 */
export async function districtSampleIds(
  db: Database,
  slug: string,
  teacher: string,
  spare: readonly string[],
): Promise<ForeignIds> {
  const [district] = await rawRows<{ id: string }>(
    db,
    sql`select id::text as id from district where slug = ${slug}`,
  );
  const districtId = district?.id ?? "";
  const [own] = await rawRows<{ person_id: string; team_id: string; school_id: string }>(
    db,
    sql`select p.id::text as person_id, t.id::text as team_id, t.school_id::text as school_id
        from person p
        join team_member tm on tm.district_id = p.district_id and tm.person_id = p.id
        join team t on t.district_id = tm.district_id and t.id = tm.team_id
        where p.district_id = ${districtId} and p.email = ${teacher} limit 1`,
  );
  const personId = own?.person_id ?? "";
  const teamId = own?.team_id ?? "";
  const first = async (table: string, where = sql`true`) => {
    const [row] = await rawRows<{ id: string }>(
      db,
      sql`select id::text as id from ${sql.identifier(table)}
          where district_id = ${districtId} and ${where} limit 1`,
    );
    return row?.id ?? "";
  };
  const spareList = sql.join(
    spare.map((email) => sql`${email}`),
    sql`, `,
  );
  const [enrolled] = await rawRows<{ id: string; cohort_id: string; person_id: string }>(
    db,
    sql`select e.id::text as id, e.cohort_id::text as cohort_id, e.person_id::text as person_id
        from enrolment e join person p on p.district_id = e.district_id and p.id = e.person_id
        join team_member tm on tm.district_id = p.district_id and tm.person_id = p.id
        where e.district_id = ${districtId} and p.email not in (${spareList})
        order by (tm.team_id::text = ${teamId}) desc, e.created_at limit 1`,
  );
  const [step] = await rawRows<{ id: string; plan_id: string }>(
    db,
    sql`select s.id::text as id, s.plan_id::text as plan_id from action_step s
        join action_plan p on p.district_id = s.district_id and p.id = s.plan_id
        where s.district_id = ${districtId} and p.person_id = ${personId}
        order by s.created_at limit 1`,
  );
  return {
    districtId,
    holidayId: await first("school_holiday"),
    credentialId: await first("credential"),
    indicatorId: await first("indicator"),
    schoolId: own?.school_id ?? (await first("school")),
    observationId: await first("observation", sql`teacher_id = ${personId}`),
    selfAssessmentId: await first("self_assessment", sql`teacher_id = ${personId}`),
    meetingId: await first("support_meeting", sql`status = 'scheduled' and team_id = ${teamId}`),
    protocolStepId: await first("protocol_step"),
    teamId,
    planId: step?.plan_id ?? "",
    stepId: step?.id ?? "",
    stageId: await first("stage"),
    programId: await first("program", sql`position = 1`),
    sessionId: await first("micropd_session"),
    catalogueEventId: await first("catalogue_event"),
    eventRegistrationId: await first("event_registration"),
    cohortId: enrolled?.cohort_id ?? "",
    personId: enrolled?.person_id ?? "",
    enrolmentId: enrolled?.id ?? "",
    ...(await sampleGoal(db, districtId, teamId)),
  };
}
