import { nextMicroPdSession } from "@throughline/domain/rules/next-micropd-session";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Transaction } from "../../client.ts";
import { micropdProgress } from "../../schema/index.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { type EnrolmentProgress, loadEnrolmentProgress } from "../enrolments/stage-progress.ts";
import { loadSequence } from "../micropd/micropd.ts";
import { progressKey } from "../micropd/progress-of.ts";
import { getTeacherHome } from "./teacher-home.ts";

/*
 * The teacher's home reads each enrolment's counts from the kept summary and picks the next
 * session in SQL. Here it is held to what counting gives (`loadEnrolmentProgress`) and to the
 * next-session rule over every session of the stage, for every person of the demo, at instants
 * before, during and after the dated cohorts' releases, and again after she completes a session.
 */

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
});
afterAll(() => handle.close());

/** The fields of an enrolment that counting decides, taken alike from both sides. */
function countedFields(row: CountedFields): CountedFields {
  return {
    cohortId: row.cohortId,
    stage: row.stage,
    status: row.status,
    sessionsCompleted: row.sessionsCompleted,
    sessionsTotal: row.sessionsTotal,
    workshopAttended: row.workshopAttended,
  };
}

type CountedFields = Pick<
  EnrolmentProgress,
  "cohortId" | "stage" | "status" | "sessionsCompleted" | "sessionsTotal" | "workshopAttended"
>;

/**
 * The home's enrolments as counting and the rule over all of a stage's sessions give them: the
 * sessions as the stage's sequence page lists them, with her completions and the cohort's
 * release dates (the sequence page reads only the cohort and its release mode).
 */
async function countedHome(tx: Transaction, personId: string, now: Date) {
  const progress = await loadEnrolmentProgress(tx, { personIds: [personId], now });
  const homes = [];
  for (const row of progress) {
    const sessions = await loadSequence(tx, {
      personId,
      stageId: row.stage.id,
      cohort: { ...row, confirmedAt: null },
    });
    const done = new Set(sessions.filter((session) => session.completedAt).map(({ id }) => id));
    const next = nextMicroPdSession(
      sessions.map(({ completedAt, ...session }) => session),
      done,
      now,
    );
    homes.push({
      ...countedFields(row),
      next:
        next.kind === "finished"
          ? next
          : {
              kind: next.kind,
              session: { ...next.session, releasedAt: undefined },
              ...(next.kind === "scheduled" ? { opensAt: next.opensAt } : {}),
            },
    });
  }
  return homes;
}

/** The parts of the home's enrolments counting decides, shaped as `countedHome` gives them. */
async function shownHome(tx: Transaction, personId: string, now: Date) {
  const home = await getTeacherHome(tx, { personId, now });
  return home.enrolments.map((row) => ({
    ...countedFields(row),
    next:
      row.next.kind === "finished"
        ? row.next
        : { ...row.next, session: { ...row.next.session, releasedAt: undefined } },
  }));
}

describe("getTeacherHome", () => {
  test("gives every demo person what counting and the next-session rule give", async () => {
    const people = await rawRows<{ id: string; district_id: string }>(
      handle.db,
      sql`select id, district_id from person order by email`,
    );
    const day = 24 * 60 * 60 * 1000;
    const instants = [-60, -7, 0, 7, 60].map((days) => new Date(Date.now() + days * day));
    let enrolled = 0;
    for (const person of people) {
      await withTenant(handle.db, person.district_id, async (tx) => {
        for (const now of instants) {
          const shown = await shownHome(tx, person.id, now);
          expect(shown).toEqual(await countedHome(tx, person.id, now));
          enrolled += shown.length;
        }
      });
    }
    expect(enrolled).toBeGreaterThan(100);
  });

  test("moves to the next session, and counts it, as soon as she completes one", async () => {
    const who = await membershipFor(handle.db, demoPeople.teacher.email);
    await withTenant(handle.db, who.districtId, async (tx) => {
      const now = new Date();
      const before = await getTeacherHome(tx, { personId: who.personId, now });
      const [enrolment] = before.enrolments;
      if (enrolment?.next.kind !== "available") throw new Error("Expected a session to take.");
      await tx
        .insert(micropdProgress)
        .values({
          districtId: who.districtId,
          personId: who.personId,
          sessionId: enrolment.next.session.id,
          completedAt: now,
        })
        .onConflictDoUpdate({
          target: progressKey,
          set: { completedAt: now },
        });
      const after = await getTeacherHome(tx, { personId: who.personId, now });
      expect(after.enrolments[0]?.sessionsCompleted).toBe(enrolment.sessionsCompleted + 1);
      expect(after.enrolments[0]?.next).toMatchObject({
        kind: "available",
        session: { position: enrolment.next.session.position + 1 },
      });
      expect(await shownHome(tx, who.personId, now)).toEqual(
        await countedHome(tx, who.personId, now),
      );
      tx.rollback();
    }).catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes("Rollback"))) throw error;
    });
  });
});
