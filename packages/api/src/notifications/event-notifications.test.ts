import type { SentNotificationRow } from "@throughline/db/testing";
import { membershipFor, rawRows } from "@throughline/db/testing";
import { formatLocalDate, formatLocalDateTime } from "@throughline/domain/local-time";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../testing/demo-emails.ts";
import { teamMeetingInput } from "../testing/team-meeting-input.ts";
import { testApiPerFile } from "../testing/test-api-per-file.ts";

/*
 * Meetings, observations and enrolments notify the people they concern, inside the request's
 * transaction. Janelle (coach@) facilitates the K–2 Literacy PLC, which Maria (teacher@) is on.
 */
const ZONE = "America/Chicago";
const DAY = 86_400_000;

const api = testApiPerFile();
let teamId: string;
let agenda: string[];
let memberEmails: string[];

interface Row extends SentNotificationRow {
  subject_id: string | null;
}

function notificationsOf(kind: string, subjectId?: string) {
  return rawRows<Row>(
    api.db,
    sql`select p.email, n.kind::text as kind, n.title, n.body, n.link_app, n.link_path,
          n.subject_id::text as subject_id
        from notification n join person p on p.district_id = n.district_id and p.id = n.recipient_id
        where n.kind = ${kind} and (${subjectId ?? null}::uuid is null or n.subject_id = ${subjectId ?? null}::uuid)
        order by p.email`,
  );
}

/** A whole hour `days` from now, so every run schedules in the future. */
function hoursFromNow(days: number): Date {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCMinutes(0, 0, 0);
  return at;
}

function meetingInput(startsAt: Date, recurrence: { until: string } | null = null) {
  const title = "Grade K–2 planning";
  return teamMeetingInput({ teamId, title, startsAt, agenda, weeklyUntil: recurrence?.until });
}

beforeAll(async () => {
  const [team] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from team where name = 'K–2 Literacy PLC'`,
  );
  teamId = team?.id ?? "";
  const protocols = await (await api.callerFor(demoEmail.coach)).protocols.list();
  agenda = protocols[0]?.steps.map((step) => step.id) ?? [];
  const members = await rawRows<{ email: string }>(
    api.db,
    sql`select p.email from team_member m join person p on p.id = m.person_id
        where m.team_id = ${teamId} and p.active order by p.email`,
  );
  memberEmails = members.map((row) => row.email);
});

describe("meeting notifications", () => {
  it("scheduling tells every member but the scheduler, in the district's time zone", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const startsAt = hoursFromNow(6);
    const { meetingIds } = await janelle.meetings.schedule(meetingInput(startsAt));
    const meetingId = meetingIds[0] ?? "";
    const rows = await notificationsOf("meeting_scheduled", meetingId);
    expect(rows.map((row) => row.email)).toEqual(
      memberEmails.filter((email) => email !== demoEmail.coach),
    );
    expect(rows[0]).toMatchObject({
      title: `K–2 Literacy PLC: support meeting scheduled for ${formatLocalDateTime(startsAt, ZONE)}`,
      body: "Grade K–2 planning · Library",
      link_app: "teacher",
      link_path: `/meetings/${meetingId}`,
    });
    // Every member can open the link.
    const maria = await api.callerFor(demoEmail.teacher);
    expect((await maria.meetingRoom.summary({ meetingId })).meeting.id).toBe(meetingId);

    await janelle.meetings.reschedule({
      id: meetingId,
      startsAt: new Date(startsAt.getTime() + DAY),
      endsAt: new Date(startsAt.getTime() + DAY + 45 * 60_000),
      location: "Room 12",
      videoUrl: null,
    });
    const moved = await notificationsOf("meeting_changed", meetingId);
    expect(moved).toHaveLength(rows.length);
    expect(moved[0]?.title).toBe(
      `K–2 Literacy PLC: support meeting moved to ${formatLocalDateTime(new Date(startsAt.getTime() + DAY), ZONE)}`,
    );
    expect(moved[0]?.body).toBe("Grade K–2 planning · Room 12");

    await janelle.meetings.cancel({ meetingId, andFollowing: false });
    const cancelled = await notificationsOf("meeting_cancelled", meetingId);
    expect(cancelled).toHaveLength(rows.length);
    expect(cancelled[0]?.title).toMatch(/^K–2 Literacy PLC: support meeting cancelled on /);
  });

  it("a series is one notification each, about its first meeting; so is cancelling the rest", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const startsAt = hoursFromNow(20);
    const until = new Date(startsAt.getTime() + 21 * DAY).toISOString().slice(0, 10);
    // Four weeks from today, whatever today is: no break may take a week out of the series.
    await rawRows(api.db, sql`delete from school_holiday returning id`);
    const { meetingIds } = await janelle.meetings.schedule(meetingInput(startsAt, { until }));
    expect(meetingIds).toHaveLength(4);
    const [first, second] = meetingIds as [string, string];
    const rows = await notificationsOf("meeting_scheduled", first);
    expect(rows).toHaveLength(memberEmails.filter((email) => email !== demoEmail.coach).length);
    expect(rows[0]?.title).toBe(
      `K–2 Literacy PLC: support meetings scheduled from ${formatLocalDateTime(startsAt, ZONE)} until ${formatLocalDate(new Date(startsAt.getTime() + 21 * DAY), ZONE)} (4 meetings)`,
    );
    for (const other of meetingIds.slice(1)) {
      expect(await notificationsOf("meeting_scheduled", other)).toEqual([]);
    }

    const { cancelledIds } = await janelle.meetings.cancel({
      meetingId: second,
      andFollowing: true,
    });
    expect(cancelledIds).toHaveLength(3);
    const cancelled = await notificationsOf("meeting_cancelled", second);
    expect(cancelled).toHaveLength(
      memberEmails.filter((email) => email !== demoEmail.coach).length,
    );
    expect(cancelled[0]?.title).toMatch(/cancelled from .+ \(3 meetings\)$/);
    for (const other of cancelledIds.filter((id) => id !== second)) {
      expect(await notificationsOf("meeting_cancelled", other)).toEqual([]);
    }
  });

  it("a change that fails tells no one", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const before = await notificationsOf("meeting_scheduled");
    await expect(
      janelle.meetings.schedule({ ...meetingInput(hoursFromNow(3)), agenda: [teamId] }),
    ).rejects.toThrow();
    expect(await notificationsOf("meeting_scheduled")).toEqual(before);
  });
});

describe("observation notifications", () => {
  it("publishing tells the observed teacher only, linking to the observation", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const maria = await membershipFor(api.db, demoEmail.teacher);
    const indicators = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from indicator where district_id = ${maria.districtId} order by code limit 1`,
    );
    const indicatorIds = indicators.map((row) => row.id);
    const draft = {
      observedOn: "2030-01-08",
      classLabel: "Period 2",
      durationMinutes: 30,
    };
    const { observationId } = await janelle.observations.start({
      ...draft,
      teacherId: maria.personId,
      kind: "coaching",
      indicatorIds,
    });
    await janelle.observations.saveDraft({
      ...draft,
      observationId,
      baseRevision: 0,
      ratings: indicatorIds.map((indicatorId) => ({ indicatorId, levelRank: 2, lookFors: "" })),
      notes: [],
    });
    expect(await notificationsOf("observation_published")).toEqual([]);
    await janelle.observations.publish({ observationId });
    expect(await notificationsOf("observation_published")).toEqual([
      {
        email: demoEmail.teacher,
        kind: "observation_published",
        title: "Janelle Brooks published a coaching observation of your classroom",
        body: "Observed on Tue, Jan 8. Read it and add your reflection.",
        link_app: "teacher",
        link_path: `/observations/${observationId}`,
        subject_id: observationId,
      },
    ]);
    const teacher = await api.callerFor(demoEmail.teacher);
    expect((await teacher.observations.detail({ observationId })).id).toBe(observationId);
  });
});

describe("enrolment notifications", () => {
  it("confirming a stage tells the teacher of the cohort they join, once", async () => {
    const coach = await api.callerFor(demoEmail.coach);
    const cohorts = await coach.workshop.cohorts();
    const stageOne = cohorts.find(
      (cohort) => cohort.stage.position === 1 && cohort.schoolName === "Maple Valley Elementary",
    );
    const roster = (await coach.workshop.forCohort({ cohortId: stageOne?.id ?? "" })).roster;
    const ready = roster.find((row) => row.status === "ready_for_review");
    if (!ready) throw new Error("The seed has a Stage 1 teacher ready for review.");

    const first = await coach.progression.confirm({ enrolmentId: ready.enrolmentId });
    if (first.next.kind !== "enrolled") throw new Error("The confirmation opens Stage 2.");
    await coach.progression.confirm({ enrolmentId: ready.enrolmentId });
    const rows = await notificationsOf("cohort_enrolled");
    expect(rows).toEqual([
      {
        email: ready.email,
        kind: "cohort_enrolled",
        title: `You are enrolled in ${first.next.cohortName}`,
        body: `Stage 2, ${first.next.stage.title}, is open for you.`,
        link_app: "teacher",
        link_path: `/stages/${first.next.stage.id}`,
        subject_id: first.next.cohortId,
      },
    ]);
    const teacher = await api.callerFor(ready.email);
    expect((await teacher.path.stage({ stageId: first.next.stage.id })).stage.id).toBe(
      first.next.stage.id,
    );
  });
});
