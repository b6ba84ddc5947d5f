import { notify } from "@throughline/db/queries/notifications/notify";
import { scheduleDueReminders } from "@throughline/db/queries/reminders/reminders";
import { withTenant } from "@throughline/db/tenant";
import type { SentNotificationRow } from "@throughline/db/testing";
import { membershipFor, rawRows } from "@throughline/db/testing";
import { startOfLocalWeek } from "@throughline/domain/local-time";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../testing/demo-emails.ts";
import { coachingVisitStart } from "../testing/observation-start-input.ts";
import { teamMeetingInput } from "../testing/team-meeting-input.ts";
import type { TestApi } from "../testing/test-api.ts";
import { testApiPerFile } from "../testing/test-api-per-file.ts";

/*
 * Nobody is told what they could not open themselves. Real flows through the API in Maple
 * Valley (a meeting run with a private coaching note, a coaching observation, a plan comment, a
 * stuck step, meetings scheduled and cancelled, a week of scheduled reminders) and in Cedar
 * Ridge; then every notification written is checked against the read rules, by opening its
 * link as its recipient through the same API the apps use.
 */
const SECRET = "Private: Maria seems anxious about the evaluation cycle";
const COACHING_KINDS = ["coach_comment", "teacher_reply", "step_stuck", "observation_published"];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

interface Row extends SentNotificationRow {
  id: string;
  district_id: string;
  person_district: string;
}

const api = testApiPerFile();
let mapleValley: string;
let cedarRidge: string;
const callers = new Map<string, Caller>();

async function as(email: string): Promise<Caller> {
  const known = callers.get(email);
  if (known) return known;
  const caller = await api.callerFor(email);
  callers.set(email, caller);
  return caller;
}

function allNotifications(): Promise<Row[]> {
  // Joined on the person id alone, so a row pointing across districts would show.
  return rawRows<Row>(
    api.db,
    sql`select n.id::text as id, p.email, n.kind::text as kind, n.title, n.body, n.link_app,
          n.link_path, n.district_id::text as district_id, p.district_id::text as person_district
        from notification n join person p on p.id = n.recipient_id order by n.created_at, n.id`,
  );
}

function inDistrict(rows: Row[], districtId: string): Row[] {
  return rows.filter((row) => row.district_id === districtId);
}

/** A whole hour `days` from now, so the meetings scheduled here are in the future. */
function hoursFromNow(days: number): Date {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCMinutes(0, 0, 0);
  return at;
}

async function scheduleFor(caller: Caller, teamId: string, startsAt: Date, title: string) {
  const protocols = await caller.protocols.list();
  const agenda = protocols[0]?.steps.map((step) => step.id) ?? [];
  return caller.meetings.schedule(teamMeetingInput({ teamId, title, startsAt, agenda }));
}

/** Opens a notification's link as its recipient, with the query the linked page makes. */
async function openLink(row: Row): Promise<unknown> {
  const caller = await as(row.email);
  const url = new URL(row.link_path, "http://app.test");
  const [, first, second] = url.pathname.split("/");
  const route = `${row.link_app} /${first ?? ""}${second ? "/:id" : ""}`;
  switch (route) {
    case "teacher /meetings/:id":
      return caller.meetingRoom.summary({ meetingId: second ?? "" });
    case "teacher /observations/:id":
      return caller.observations.detail({ observationId: second ?? "" });
    case "teacher /action-plan":
      return caller.actionPlan.mine({ stageId: url.searchParams.get("stage") ?? "" });
    case "teacher /stages/:id":
      return caller.path.stage({ stageId: second ?? "" });
    case "coach /teachers/:id":
      return caller.coaching.teacher({ personId: second ?? "" });
    case "coach /":
      return caller.caseload.mine();
    case "admin /":
      return caller.admin.home();
    default:
      throw new Error(`No page is known for ${route} (${row.kind})`);
  }
}

beforeAll(async () => {
  mapleValley = (await membershipFor(api.db, demoEmail.teacher)).districtId;
  cedarRidge = (await membershipFor(api.db, demoEmail.cedarRidgeCoach)).districtId;
  const mariaId = (await membershipFor(api.db, demoEmail.teacher)).personId;
  const janelle = await as(demoEmail.coach);
  const maria = await as(demoEmail.teacher);

  // A meeting of Maria's team, run by her coach, with a private coaching note, then closed.
  const [meeting] = await rawRows<{ id: string }>(
    api.db,
    sql`select m.id::text as id from support_meeting m join team t on t.id = m.team_id
        where t.name = 'K–2 Literacy PLC' and m.status = 'scheduled' order by m.starts_at limit 1`,
  );
  const meetingId = meeting?.id ?? "";
  await janelle.meetingRoom.start({ meetingId, moveToNow: true });
  const room = await janelle.meetingRoom.open({ meetingId });
  await janelle.meetingRoom.savePrivateNote({ meetingId, body: SECRET, baseVersion: 0 });
  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(
    new Date(Date.now() + DAY),
  );
  await janelle.meetingRoom.addCommitment({
    meetingId,
    personId: mariaId,
    description: "Try the closing summary frame with Room 4",
    dueOn: tomorrow,
  });
  await janelle.meetingRoom.recordAttendance({
    meetingId,
    records: room.members.map((member) => ({ personId: member.personId, attendance: "present" })),
  });
  await janelle.meetingRoom.close({ meetingId, heldMinutes: 40 });

  // Another meeting scheduled for the team and moved, and one scheduled and then cancelled.
  const teamId = room.meeting.teamId;
  const exitTickets = await scheduleFor(
    janelle,
    teamId,
    hoursFromNow(9),
    "Looking at exit tickets",
  );
  const movedTo = new Date(hoursFromNow(9).getTime() + HOUR);
  await janelle.meetings.reschedule({
    id: exitTickets.meetingIds[0] ?? "",
    startsAt: movedTo,
    endsAt: new Date(movedTo.getTime() + 45 * 60_000),
    location: "Room 12",
    videoUrl: null,
  });
  const cancelled = await scheduleFor(janelle, teamId, hoursFromNow(10), "Moved to next month");
  await janelle.meetings.cancel({ meetingId: cancelled.meetingIds[0] ?? "", andFollowing: false });

  // A coaching observation of Maria, published.
  const indicators = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from indicator where district_id = ${mapleValley} order by code limit 1`,
  );
  const indicatorIds = indicators.map((row) => row.id);
  const { observationId } = await janelle.observations.start(
    coachingVisitStart(mariaId, indicatorIds),
  );
  await janelle.observations.saveDraft({
    observationId,
    baseRevision: 0,
    observedOn: "2030-01-08",
    classLabel: "Period 2",
    durationMinutes: 30,
    ratings: indicatorIds.map((indicatorId) => ({ indicatorId, levelRank: 2, lookFors: "" })),
    notes: [],
  });
  await janelle.observations.publish({ observationId });

  // A comment on Maria's plan, and Maria marking a step stuck.
  const stageId = (await maria.teacher.home()).enrolments[0]?.stage.id ?? "";
  const plan = (await maria.actionPlan.mine({ stageId })).plan;
  const step = plan?.steps.find((candidate) => candidate.status !== "stuck");
  await janelle.actionPlan.comment({
    planId: plan?.id ?? "",
    stepId: step?.id,
    body: "Try the exit ticket with two questions.",
  });
  await maria.actionPlan.updateStep({
    stepId: step?.id ?? "",
    baseRevision: step?.revision ?? 0,
    status: "stuck",
  });

  // A teacher ready for review is confirmed and enrolled in the next stage's cohort.
  const cohorts = await janelle.workshop.cohorts();
  const stageOne = cohorts.find(
    (cohort) => cohort.stage.position === 1 && cohort.schoolName === "Maple Valley Elementary",
  );
  const roster = (await janelle.workshop.forCohort({ cohortId: stageOne?.id ?? "" })).roster;
  const ready = roster.find((row) => row.status === "ready_for_review");
  await janelle.progression.confirm({ enrolmentId: ready?.enrolmentId ?? "" });

  // Scheduled reminders: the commitment due, the moved meeting the day before, and the
  // Monday summaries.
  const monday = startOfLocalWeek(new Date(Date.now() + 7 * DAY), "America/Chicago");
  for (const now of [
    new Date(Date.now() + HOUR),
    new Date(movedTo.getTime() - 20 * HOUR),
    new Date(monday.getTime() + 7.5 * HOUR),
  ]) {
    await withTenant(api.db, mapleValley, (tx) => scheduleDueReminders(tx, mapleValley, now));
  }
});

describe("notifications follow the read rules", () => {
  it("the flows wrote notifications of every kind they cause", async () => {
    const kinds = new Set((await allNotifications()).map((row) => row.kind));
    for (const kind of [
      "meeting_scheduled",
      "meeting_changed",
      "meeting_cancelled",
      "meeting_reminder",
      "commitment_due",
      "cohort_enrolled",
      "observation_published",
      "coach_comment",
      "step_stuck",
      "caseload_summary",
      "school_summary",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it("no notification carries a private coaching note", async () => {
    const rows = await allNotifications();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(`${row.title} ${row.body}`).not.toContain(SECRET);
      expect(`${row.title} ${row.body}`).not.toContain("anxious");
    }
  });

  it("the principal is never told about coaching content", async () => {
    const principals = await rawRows<{ email: string }>(
      api.db,
      sql`select distinct p.email from person p join role_membership r on r.person_id = p.id
          where r.role in ('principal', 'district_admin') and p.district_id = ${mapleValley}`,
    );
    expect(principals.map((row) => row.email)).toContain(demoEmail.principal);
    const leaders = new Set(principals.map((row) => row.email));
    const told = (await allNotifications()).filter((row) => leaders.has(row.email));
    expect(told.filter((row) => COACHING_KINDS.includes(row.kind))).toEqual([]);
    for (const row of told) {
      expect(`${row.title} ${row.body}`).not.toMatch(/observation|comment|stuck/i);
    }
  });

  it("every recipient can open what their notification links to", async () => {
    const rows = await allNotifications();
    // The check has teeth: the same meeting link, opened by the principal, is refused.
    const meetingRow = rows.find((row) => row.kind === "meeting_scheduled");
    if (!meetingRow) throw new Error("No meeting was scheduled.");
    await expect(openLink({ ...meetingRow, email: demoEmail.principal })).rejects.toThrow();
    for (const row of rows) {
      await expect(
        openLink(row),
        `${row.email}: ${row.kind} ${row.link_path}`,
      ).resolves.toBeDefined();
    }
  });

  it("nothing crosses districts", async () => {
    const before = await allNotifications();
    for (const row of before) expect(row.person_district).toBe(row.district_id);
    // Everything so far happened in Maple Valley: nobody in Cedar Ridge was told anything.
    expect(inDistrict(before, cedarRidge)).toEqual([]);

    // A Cedar Ridge coach schedules a meeting; Maple Valley hears nothing of it.
    const cedarCoach = await as(demoEmail.cedarRidgeCoach);
    const [team] = await cedarCoach.meetings.schedulableTeams();
    if (!team) throw new Error("The Cedar Ridge coach has no team.");
    await scheduleFor(cedarCoach, team.id, hoursFromNow(8), "Cedar Ridge planning");
    const after = await allNotifications();
    expect(inDistrict(after, mapleValley)).toEqual(inDistrict(before, mapleValley));
    const cedar = inDistrict(after, cedarRidge);
    expect(cedar.length).toBeGreaterThan(0);
    for (const row of cedar) {
      expect(row.person_district).toBe(cedarRidge);
      await expect(openLink(row)).resolves.toBeDefined();
    }
  });

  it("notify inside a Maple Valley transaction cannot reach a Cedar Ridge person", async () => {
    const outsider = await membershipFor(api.db, demoEmail.cedarRidgeCoach);
    const written = await withTenant(api.db, mapleValley, (tx) =>
      notify(tx, mapleValley, {
        recipientIds: [outsider.personId],
        kind: "coach_comment",
        title: "Across districts",
        body: "Must not arrive",
        link: { app: "teacher", path: "/" },
      }),
    );
    expect(written).toBe(0);
    const rows = await allNotifications();
    expect(rows.filter((row) => row.title === "Across districts")).toEqual([]);
  });
});
