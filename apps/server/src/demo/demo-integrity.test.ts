import type { TestApi } from "@throughline/api/testing/test-api";
import { listStagesInOrder, stageStatusesOf } from "@throughline/db/queries/enrolments/stage-order";
import { loadEnrolmentProgress } from "@throughline/db/queries/enrolments/stage-progress";
import { listPdActivities } from "@throughline/db/queries/enrolments/transcript";
import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { atLocalTime, localDay } from "@throughline/domain/local-time";
import { meetingHeldAt } from "@throughline/domain/rules/meeting-held";
import { stageEligibility } from "@throughline/domain/rules/stage-eligibility";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";
import { seedCredentialDemo } from "./seed-credential-demo.ts";

/*
 * The demo obeys the rules the code applies to real data: run over the whole seeded demo (the
 * districts and the micro-credential demo on top), every figure must be one the code could
 * have produced. A demo that breaks a rule teaches people to distrust the real numbers.
 */

const PUBLIC_URL = "https://throughline.example.org";
const SECRET = "a-server-secret-for-the-demo-integrity-test";

let districtIds: string[];

const server = testServerPerFile({ publicUrl: PUBLIC_URL, secret: SECRET });
const { api } = server;

beforeAll(async () => {
  await seedCredentialDemo({
    db: api.db,
    storage: server.storage,
    issuer: { publicUrl: PUBLIC_URL, secret: SECRET },
  });
  districtIds = (
    await rawRows<{ id: string }>(api.db, sql`select id::text as id from district`)
  ).map((row) => row.id);
}, 120_000);

/** The weekday (1 Monday … 7 Sunday), calendar day and minutes past midnight of `at` in `timeZone`. */
function localClock(at: Date, timeZone: string): { day: string; weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(part("weekday")) + 1;
  return {
    day: localDay(at, timeZone),
    weekday,
    minutes: Number(part("hour")) * 60 + Number(part("minute")),
  };
}

/** Reads each district's time zone and breaks, to judge the demo's dates as its people would. */
async function districtCalendars(db: TestApi["db"]) {
  const districts = await rawRows<{ id: string; time_zone: string }>(
    db,
    sql`select id::text as id, time_zone from district`,
  );
  const breaks = await rawRows<{ district_id: string; starts_on: string; ends_on: string }>(
    db,
    sql`select district_id::text as district_id, starts_on::text as starts_on,
          ends_on::text as ends_on from school_holiday`,
  );
  return new Map(
    districts.map((district) => [
      district.id,
      {
        timeZone: district.time_zone,
        /** Whether `at` falls on a weekend or inside one of the district's breaks, locally. */
        offDay(at: Date): boolean {
          const clock = localClock(at, district.time_zone);
          return (
            clock.weekday > 5 ||
            breaks.some(
              (entry) =>
                entry.district_id === district.id &&
                entry.starts_on <= clock.day &&
                clock.day <= entry.ends_on,
            )
          );
        },
      },
    ]),
  );
}

describe("the seeded demo's calendar", () => {
  it("holds team meetings on school days, in the school's afternoon, each team its own", async () => {
    const calendars = await districtCalendars(api.db);
    const meetings = await rawRows<{
      district_id: string;
      team_id: string;
      title: string;
      starts_at: Date;
    }>(
      api.db,
      sql`select district_id::text as district_id, team_id::text as team_id, title, starts_at
          from support_meeting`,
    );
    expect(meetings.length).toBeGreaterThan(0);
    const teamsAt = new Map<string, Set<string>>();
    for (const meeting of meetings) {
      const calendar = calendars.get(meeting.district_id);
      if (!calendar) throw new Error("A meeting of an unknown district.");
      const startsAt = new Date(meeting.starts_at);
      const clock = localClock(startsAt, calendar.timeZone);
      const label = `${meeting.title} on ${clock.day} at ${clock.minutes} min`;
      expect(calendar.offDay(startsAt), `${label}: a weekend or break`).toBe(false);
      expect(clock.minutes, `${label}: before 7 AM`).toBeGreaterThanOrEqual(7 * 60);
      expect(clock.minutes, `${label}: after 6 PM`).toBeLessThanOrEqual(18 * 60);
      const key = `${meeting.district_id}/${startsAt.toISOString()}`;
      teamsAt.set(key, new Set([...(teamsAt.get(key) ?? []), meeting.team_id]));
    }
    for (const [key, teams] of teamsAt) {
      expect(teams.size, `teams meeting at the same moment ${key}`).toBe(1);
    }
  });

  it("records each held meeting's attendance for its whole team, with people present", async () => {
    const held = await rawRows<{ id: string; members: number; recorded: number; present: number }>(
      api.db,
      sql`select m.id::text as id,
            (select count(*)::int from team_member t
              where t.district_id = m.district_id and t.team_id = m.team_id) as members,
            (select count(*)::int from meeting_attendance a
              join team_member t on t.district_id = a.district_id and t.team_id = m.team_id
                and t.person_id = a.person_id
              where a.district_id = m.district_id and a.meeting_id = m.id) as recorded,
            (select count(*)::int from meeting_attendance a
              where a.district_id = m.district_id and a.meeting_id = m.id
                and a.attendance = 'present') as present
          from support_meeting m where m.status = 'closed'`,
    );
    expect(held.length).toBeGreaterThan(0);
    for (const meeting of held) {
      expect(meeting.recorded, `attendance of meeting ${meeting.id}`).toBe(meeting.members);
      expect(meeting.present, `people present at meeting ${meeting.id}`).toBeGreaterThan(0);
    }
  });

  it("has reflections written on school days between 7 AM and 9 PM", async () => {
    const calendars = await districtCalendars(api.db);
    const reflections = await rawRows<{ district_id: string; completed_at: Date }>(
      api.db,
      sql`select district_id::text as district_id, completed_at from micropd_progress
          where reflection is not null and completed_at is not null`,
    );
    expect(reflections.length).toBeGreaterThan(0);
    for (const reflection of reflections) {
      const calendar = calendars.get(reflection.district_id);
      if (!calendar) throw new Error("A reflection of an unknown district.");
      const at = new Date(reflection.completed_at);
      const clock = localClock(at, calendar.timeZone);
      const label = `reflection on ${clock.day} at ${clock.minutes} min`;
      expect(calendar.offDay(at), `${label}: a weekend or break`).toBe(false);
      expect(clock.minutes, `${label}: before 7 AM`).toBeGreaterThanOrEqual(7 * 60);
      expect(clock.minutes, `${label}: after 9 PM`).toBeLessThanOrEqual(21 * 60);
    }
  });

  it("starts every workshop in the afternoon of a school day", async () => {
    const calendars = await districtCalendars(api.db);
    const cohorts = await rawRows<{ district_id: string; name: string; workshop_starts_at: Date }>(
      api.db,
      sql`select district_id::text as district_id, name, workshop_starts_at from cohort
          where workshop_starts_at is not null`,
    );
    expect(cohorts.length).toBeGreaterThan(0);
    for (const cohort of cohorts) {
      const calendar = calendars.get(cohort.district_id);
      if (!calendar) throw new Error("A cohort of an unknown district.");
      const at = new Date(cohort.workshop_starts_at);
      const clock = localClock(at, calendar.timeZone);
      expect(calendar.offDay(at), `${cohort.name}'s workshop on a weekend or break`).toBe(false);
      expect(clock.minutes, `${cohort.name}'s workshop`).toBeGreaterThanOrEqual(12 * 60);
      expect(clock.minutes, `${cohort.name}'s workshop`).toBeLessThanOrEqual(17 * 60);
    }
  });

  it("dates observations and dated session releases on school days", async () => {
    const calendars = await districtCalendars(api.db);
    const dated = await rawRows<{ district_id: string; what: string; day: string }>(
      api.db,
      sql`select district_id::text as district_id, 'observation' as what, observed_on::text as day
          from observation
        union all
        select r.district_id::text, 'release of ' || c.name,
          to_char(r.releases_at at time zone d.time_zone, 'YYYY-MM-DD')
          from session_release r
          join cohort c on c.district_id = r.district_id and c.id = r.cohort_id
          join district d on d.id = r.district_id`,
    );
    expect(dated.some((row) => row.what === "observation")).toBe(true);
    expect(dated.some((row) => row.what.startsWith("release"))).toBe(true);
    for (const row of dated) {
      const calendar = calendars.get(row.district_id);
      if (!calendar) throw new Error("A date of an unknown district.");
      const noon = atLocalTime(row.day, 12, 0, calendar.timeZone);
      expect(calendar.offDay(noon), `${row.what} on ${row.day}: a weekend or break`).toBe(false);
    }
  });
});

describe("the seeded demo", () => {
  it("has badge holders who did the stage's work, credited as the award says", async () => {
    const badges = await rawRows<{
      district_id: string;
      person_id: string;
      stage_id: string | null;
      pd_minutes: number;
      version_minutes: number;
      outcome: string | null;
    }>(
      api.db,
      sql`select b.district_id::text as district_id, b.person_id::text as person_id,
            v.stage_id::text as stage_id, b.pd_minutes, v.pd_minutes as version_minutes,
            (select r.outcome::text from credential_review r
              where r.submission_id = b.submission_id order by r.submitted_at desc limit 1) as outcome
          from awarded_badge b
          join credential_version v on v.district_id = b.district_id and v.id = b.version_id
          where b.revoked_at is null`,
    );
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      expect(badge.outcome).toBe("earned");
      expect(badge.pd_minutes).toBe(badge.version_minutes);
      const progress = await withTenant(api.db, badge.district_id, (tx) =>
        loadEnrolmentProgress(tx, { personIds: [badge.person_id], now: new Date() }),
      );
      const inStage = progress.find((row) => row.stage.id === badge.stage_id);
      // The stage's MicroPD sessions are what the credential's evidence is built on.
      expect(inStage, "a badge holder is enrolled in the credential's stage").toBeDefined();
      expect(inStage?.sessionsTotal).toBeGreaterThan(0);
      expect(inStage?.sessionsCompleted).toBe(inStage?.sessionsTotal);
    }
  });

  it("credits every closed meeting's attendees with its held minutes, on the day it was held", async () => {
    const attended = await rawRows<{
      district_id: string;
      person_id: string;
      meeting_id: string;
      starts_at: Date;
      started_at: Date | null;
      closed_at: Date | null;
      held_minutes: number | null;
    }>(
      api.db,
      sql`select m.district_id::text as district_id, a.person_id::text as person_id,
            m.id::text as meeting_id, m.starts_at, m.started_at, m.closed_at, m.held_minutes
          from meeting_attendance a
          join support_meeting m on m.district_id = a.district_id and m.id = a.meeting_id
          where m.status = 'closed' and a.attendance = 'present'`,
    );
    expect(attended.length).toBeGreaterThan(0);
    const byPerson = new Map<string, typeof attended>();
    for (const row of attended) {
      const key = `${row.district_id}/${row.person_id}`;
      byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
    }
    for (const rows of byPerson.values()) {
      const first = rows[0];
      if (!first) continue;
      const activities = await withTenant(api.db, first.district_id, (tx) =>
        listPdActivities(tx, { personId: first.person_id }),
      );
      const meetings = activities.filter((activity) => activity.kind === "support_meeting");
      expect(meetings).toHaveLength(rows.length);
      for (const row of rows) {
        expect(row.held_minutes, "a closed meeting records its minutes").not.toBeNull();
        const heldAt = meetingHeldAt({
          startsAt: new Date(row.starts_at),
          startedAt: row.started_at ? new Date(row.started_at) : null,
          closedAt: row.closed_at ? new Date(row.closed_at) : null,
        });
        const credit = meetings.find(
          (activity) =>
            activity.date.getTime() === heldAt.getTime() && activity.minutes === row.held_minutes,
        );
        expect(credit, `credit for meeting ${row.meeting_id}`).toBeDefined();
      }
    }
  });

  it("enrols each teacher only after the earlier stages, or with a recorded override", async () => {
    for (const districtId of districtIds) {
      await withTenant(api.db, districtId, async (tx) => {
        const enrolments = await rawRows<{
          person_id: string;
          stage_id: string;
          position: number;
          stage_override_at: Date | null;
          stage_override_by_id: string | null;
          stage_override_reason: string | null;
        }>(
          tx,
          sql`select e.person_id::text as person_id, s.id::text as stage_id, s.position,
                e.stage_override_at, e.stage_override_by_id::text as stage_override_by_id,
                e.stage_override_reason
              from enrolment e
              join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
              join stage s on s.district_id = c.district_id and s.id = c.stage_id
              where e.status <> 'withdrawn'`,
        );
        const stages = await listStagesInOrder(tx);
        const statuses = await stageStatusesOf(tx, {
          personIds: [...new Set(enrolments.map((row) => row.person_id))],
          now: new Date(),
        });
        for (const row of enrolments) {
          const eligible = stageEligibility(stages, statuses.get(row.person_id) ?? new Map(), {
            id: row.stage_id,
            position: row.position,
          }).eligible;
          if (eligible) continue;
          expect(
            {
              at: row.stage_override_at !== null,
              by: row.stage_override_by_id !== null,
              reason: Boolean(row.stage_override_reason),
            },
            `enrolment of ${row.person_id} in Stage ${row.position}`,
          ).toEqual({ at: true, by: true, reason: true });
        }
      });
    }
  });
});
