import type { TestApi } from "@throughline/api/testing/test-api";
import { listStagesInOrder, stageStatusesOf } from "@throughline/db/queries/stage-order";
import { loadEnrolmentProgress } from "@throughline/db/queries/stage-progress";
import { listPdActivities } from "@throughline/db/queries/transcript";
import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { meetingHeldAt } from "@throughline/domain/rules/meeting-held";
import { stageEligibility } from "@throughline/domain/rules/stage-eligibility";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../testing/test-server.ts";
import { seedCredentialDemo } from "./seed-credential-demo.ts";

/*
 * The demo obeys the rules the code applies to real data: run over the whole seeded demo (the
 * districts and the micro-credential demo on top), every figure must be one the code could
 * have produced. A demo that breaks a rule teaches people to distrust the real numbers.
 */

const PUBLIC_URL = "https://throughline.example.org";
const SECRET = "a-server-secret-for-the-demo-integrity-test";

let server: TestServer;
let api: TestApi;
let districtIds: string[];

beforeAll(async () => {
  server = await createTestServer({ publicUrl: PUBLIC_URL, secret: SECRET });
  ({ api } = server);
  await seedCredentialDemo({
    db: api.db,
    storage: server.storage,
    issuer: { publicUrl: PUBLIC_URL, secret: SECRET },
  });
  districtIds = (
    await rawRows<{ id: string }>(api.db, sql`select id::text as id from district`)
  ).map((row) => row.id);
}, 120_000);
afterAll(async () => {
  await server?.close();
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
