import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import type { Where, Who } from "./access-matrix.ts";
import { matrixInput, NO_SUCH_ROW, type PlaceIds } from "./access-matrix-inputs.ts";
import { matrixRows, placeBlock, placeMail } from "./access-matrix-rows.ts";
import { districtSampleIds } from "./district-sample-ids.ts";
import type { ForeignIds } from "./foreign-ids.ts";
import { insertObservation } from "./insert-observation.ts";

/*
 * The cells of the access matrix: who calls (one signed-in caller per role, and nobody), and
 * where the input points (the demo teacher's own school, another school of the district,
 * another district), with the tenant-isolation inputs aimed at real rows of each.
 */

/** The person each role is played by (Maple Valley Elementary, except the district staff). */
export const PLAYED_BY: Record<Exclude<Who, "signedOut">, string> = {
  teacher: "teacher@maplevalley.test",
  // Teaches, coaches and facilitates the Grades 3–5 Team.
  leader: "leader@maplevalley.test",
  coach: "coach@maplevalley.test",
  principal: "principal@maplevalley.test",
  districtAdmin: "admin@maplevalley.test",
  // A district coach who coaches none of the demo teacher's teams and leads credential review.
  reviewer: "theresa.lam@maplevalley.test",
};

/** A teacher on a team at a school (of the district named by slug), not at `notAt`. */
async function teacherElsewhere(db: Database, slug: string, notAt: string): Promise<string> {
  const [row] = await rawRows<{ email: string }>(
    db,
    sql`select p.email from person p
        join district d on d.id = p.district_id
        join role_membership rm on rm.district_id = p.district_id and rm.person_id = p.id
        where d.slug = ${slug} and rm.role = 'teacher' and rm.school_id::text <> ${notAt}
          and exists (select 1 from team_member tm
                      where tm.district_id = p.district_id and tm.person_id = p.id)
          and exists (select 1 from action_plan ap
                      where ap.district_id = p.district_id and ap.person_id = p.id)
        order by p.email limit 1`,
  );
  return row?.email ?? "";
}

/**
 * The sample ids with the stage and MicroPD session pinned to the teacher's own stage, so every
 * run picks the same rows (the shared sample takes any row of those tables), the teacher and
 * their newest credential submission (or the district's) added, and a missing id made an
 * unknown one.
 */
async function pinned(
  db: Database,
  ids: ForeignIds,
  teacherEmail: string,
  nth = 0,
): Promise<PlaceIds> {
  const [row] = await rawRows<{ stage_id: string; session_id: string }>(
    db,
    sql`select c.stage_id::text as stage_id, ms.id::text as session_id
        from person p
        join enrolment e on e.district_id = p.district_id and e.person_id = p.id
        join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
        join micropd_session ms on ms.district_id = c.district_id and ms.stage_id = c.stage_id
        where p.email = ${teacherEmail}
        order by e.created_at, ms.position limit 1`,
  );
  const [teacher] = await rawRows<{ id: string; submission_id: string | null }>(
    db,
    sql`select p.id::text as id,
          (select s.id::text from credential_submission s
           join person sp on sp.district_id = s.district_id and sp.id = s.person_id
           join credential_version v on v.district_id = s.district_id and v.id = s.version_id
           where s.district_id = p.district_id
           order by (s.person_id = p.id) desc, sp.email, v.name, s.attempt limit 1) as submission_id
        from person p where p.email = ${teacherEmail}`,
  );
  const [other] = await rawRows<{ protocol_id: string | null }>(
    db,
    sql`select pr.id::text as protocol_id from protocol pr
        join person p on p.district_id = pr.district_id
        where p.email = ${teacherEmail} order by pr.name limit 1`,
  );
  // A meeting of another team of the school: the matrix rewrites the sample team's members and
  // facilitator before the calls that run last (moving between steps, cancelling).
  const [run] = await rawRows<{ meeting_id: string; item_id: string }>(
    db,
    sql`select m.id::text as meeting_id, ai.id::text as item_id from support_meeting m
        join team t on t.district_id = m.district_id and t.id = m.team_id
        join meeting_agenda_item ai on ai.district_id = m.district_id and ai.meeting_id = m.id
        where t.school_id::text = ${ids.schoolId} and t.id::text <> ${ids.teamId}
          and m.status = 'scheduled'
        order by m.starts_at, ai.position limit 1`,
  );
  const place: PlaceIds = {
    ...ids,
    ...(await matrixRows(db, ids, Object.values(PLAYED_BY), nth)),
    ...(await placeMail(db, teacherEmail)),
    ...(await placeBlock(db, ids.teamId, teacherEmail)),
    protocolId: other?.protocol_id ?? "",
    runMeetingId: run?.meeting_id ?? "",
    agendaItemId: run?.item_id ?? "",
    ...(row ? { stageId: row.stage_id, sessionId: row.session_id } : {}),
    teacherId: teacher?.id ?? "",
    submissionId: teacher?.submission_id ?? "",
  };
  const known = Object.entries(place).map(([key, id]) => [key, id === "" ? NO_SUCH_ROW : id]);
  return Object.fromEntries(known) as PlaceIds;
}

/** The sample input of each procedure, per place. */
export async function sampleInputs(
  db: Database,
): Promise<Record<Where, (path: string) => unknown>> {
  const spare = Object.values(PLAYED_BY);
  const own = await pinned(
    db,
    await districtSampleIds(db, "maple-valley", PLAYED_BY.teacher, spare),
    PLAYED_BY.teacher,
  );
  const otherTeacher = await teacherElsewhere(db, "maple-valley", own.schoolId);
  const cedarTeacher = await teacherElsewhere(db, "cedar-ridge", "");
  // The demo observes only at the elementary school: give the other two places one each.
  const observed = (teacherEmail: string, observerEmail: string) =>
    insertObservation(db, {
      teacherEmail,
      observerEmail,
      kind: "coaching",
      on: "2026-10-01",
      ratings: [],
    });
  await observed(otherTeacher, "leah.whitfield@maplevalley.test");
  await observed(cedarTeacher, "coach@cedarridge.test");
  const otherSchool = await pinned(
    db,
    await districtSampleIds(db, "maple-valley", otherTeacher, spare),
    otherTeacher,
    // The district's second lead reviewer: the first is removed in the own school before.
    1,
  );
  const otherDistrict = await pinned(
    db,
    await districtSampleIds(db, "cedar-ridge", cedarTeacher, [cedarTeacher]),
    cedarTeacher,
  );
  const inputOf = (ids: PlaceIds) => (path: string) => matrixInput(path, ids);
  return { o: inputOf(own), s: inputOf(otherSchool), d: inputOf(otherDistrict) };
}

/** A refusal at the gate; any other answer (even BAD_REQUEST or CONFLICT) got past it. */
export function isRefusal(code: string): boolean {
  return code === "FORBIDDEN" || code === "UNAUTHORIZED" || code === "NOT_FOUND";
}
