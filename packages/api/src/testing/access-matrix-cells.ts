import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import type { Where, Who } from "./access-matrix.ts";
import { currentSessionId, saveDistrictProvider } from "./access-matrix-accounts.ts";
import { type PlaceCredentials, placeCredentials } from "./access-matrix-credentials.ts";
import { type PlaceExternalPd, placeExternalPd } from "./access-matrix-external-pd.ts";
import { matrixInput, NO_SUCH_ROW, type PlaceIds } from "./access-matrix-inputs.ts";
import { matrixRows, placeBlock, placeMail } from "./access-matrix-rows.ts";
import { type PlaceVideo, placeVideo } from "./access-matrix-video.ts";
import { certify } from "./credential-reviews-fixture.ts";
import { districtSampleIds } from "./district-sample-ids.ts";
import type { ForeignIds } from "./foreign-ids.ts";
import { insertObservation } from "./insert-observation.ts";
import { placeGoal } from "./team-goal-rows.ts";
import type { TestApi } from "./test-api.ts";

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
  // The demo teacher's coach, certified to review credentials before the calls.
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

/** What a place's teacher makes signed in: their credential rows and a device to sign out. */
type SignedInRows = PlaceVideo & PlaceCredentials & PlaceExternalPd & { deviceSessionId: string };

/** What the matrix needs of the test API: its database and its signed-in callers. */
type MatrixApi = Pick<TestApi, "db" | "callerFor">;

/**
 * The teacher signs in (a device of their own, besides any the matrix calls with) and makes
 * their credential rows.
 */
async function signedInRows(api: MatrixApi, slug: string, email: string): Promise<SignedInRows> {
  const teacher = await api.callerFor(email);
  return {
    ...(await placeCredentials(api, slug, email, teacher)),
    ...(await placeExternalPd(teacher)),
    ...(await placeVideo(api.db, email, teacher)),
    deviceSessionId: await currentSessionId(teacher),
  };
}

/**
 * The sample ids with the stage and MicroPD session pinned to the teacher's own stage, so every
 * run picks the same rows (the shared sample takes any row of those tables), the teacher and
 * what they made signed in added, and a missing id made an unknown one.
 */
async function pinned(
  db: Database,
  ids: ForeignIds,
  teacherEmail: string,
  signedIn: SignedInRows,
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
  const [teacher] = await rawRows<{ id: string }>(
    db,
    sql`select p.id::text as id from person p where p.email = ${teacherEmail}`,
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
    ...signedIn,
    ...(await matrixRows(db, ids, Object.values(PLAYED_BY), nth)),
    ...(await placeMail(db, teacherEmail)),
    ...(await placeBlock(db, ids.teamId, teacherEmail)),
    ...(await placeGoal(db, ids, teacherEmail)),
    protocolId: other?.protocol_id ?? "",
    runMeetingId: run?.meeting_id ?? "",
    agendaItemId: run?.item_id ?? "",
    ...(row ? { stageId: row.stage_id, sessionId: row.session_id } : {}),
    teacherId: teacher?.id ?? "",
  };
  const known = Object.entries(place).map(([key, id]) => [key, id === "" ? NO_SUCH_ROW : id]);
  return Object.fromEntries(known) as PlaceIds;
}

/** The sample input of each procedure, per place. */
export async function sampleInputs(
  api: MatrixApi,
): Promise<Record<Where, (path: string) => unknown>> {
  const db = api.db;
  const spare = Object.values(PLAYED_BY);
  const own = await pinned(
    db,
    await districtSampleIds(db, "maple-valley", PLAYED_BY.teacher, spare),
    PLAYED_BY.teacher,
    await signedInRows(api, "maple-valley", PLAYED_BY.teacher),
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
    await signedInRows(api, "maple-valley", otherTeacher),
    // The district's second lead reviewer: the first is removed in the own school before.
    1,
  );
  const otherDistrict = await pinned(
    db,
    await districtSampleIds(db, "cedar-ridge", cedarTeacher, [cedarTeacher]),
    cedarTeacher,
    await signedInRows(api, "cedar-ridge", cedarTeacher),
  );
  // A certified reviewer who is not a lead: settling a disagreement is the leads' alone.
  await certify(db, PLAYED_BY.coach);
  // Last, once everyone has signed in with a password: the district's identity provider.
  await saveDistrictProvider(await api.callerFor(PLAYED_BY.districtAdmin));
  const inputOf = (ids: PlaceIds) => (path: string) => matrixInput(path, ids);
  return { o: inputOf(own), s: inputOf(otherSchool), d: inputOf(otherDistrict) };
}

/** A refusal at the gate; any other answer (even BAD_REQUEST or CONFLICT) got past it. */
export function isRefusal(code: string): boolean {
  return code === "FORBIDDEN" || code === "UNAUTHORIZED" || code === "NOT_FOUND";
}
