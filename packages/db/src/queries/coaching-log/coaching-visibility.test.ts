import { coachingInteractionAccess } from "@throughline/domain/rules/observation-access";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor } from "../../testing.ts";
import { demoViewerOfEachKind } from "../../testing-seeded.ts";
import {
  relationToTeacher,
  visibleCoachingInteractions,
} from "../observations/observation-visibility.ts";
import { listVisibleInteractions } from "./coaching-log-read.ts";
import { logCoachingInteraction } from "./coaching-log-write.ts";
import { supportedTeachers } from "./supported-teachers.ts";

/*
 * The coaching log's SQL visibility against the domain rule: for interactions the demo coach
 * logged with two of her teachers, every kind of viewer gets, per teacher row, the access
 * `coachingInteractionAccess` gives for their relation (the logger stands as the observer; the
 * relation itself is the observations' own, tested in observation-visibility.test.ts).
 */

const NOTE = "Modelled a think-aloud; next time she leads it.";

let handle: DatabaseHandle;
let coach: Awaited<ReturnType<typeof membershipFor>>;
let teacherIds: string[];
/** The interaction logged here; the demo's seeded ones are left aside. */
let interactionId: string;

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  coach = await membershipFor(handle.db, demoPeople.coach.email);
  teacherIds = await withTenant(handle.db, coach.districtId, async (tx) => {
    const teachers = (await supportedTeachers(tx, coach.personId)).map((teacher) => teacher.id);
    const maria = (await membershipFor(handle.db, demoPeople.teacher.email)).personId;
    const other = teachers.find((id) => id !== maria) ?? maria;
    interactionId = await logCoachingInteraction(tx, {
      districtId: coach.districtId,
      coachId: coach.personId,
      input: {
        kind: "modelling",
        occurredOn: "2026-11-30",
        minutes: 30,
        teacherIds: [maria, other],
        indicatorIds: [],
        note: NOTE,
      },
    });
    return [maria, other];
  });
});
afterAll(() => handle.close());

describe("visibleCoachingInteractions agrees with coachingInteractionAccess", () => {
  test.each(demoViewerOfEachKind)("for %s, each teacher of the interaction", async (email) => {
    const who = await membershipFor(handle.db, email);
    await withTenant(handle.db, who.districtId, async (tx) => {
      const visible = visibleCoachingInteractions(tx, who.personId);
      const rows = await tx
        .select({ teacherId: visible.teacherId, access: visible.access, note: visible.note })
        .from(visible)
        .where(eq(visible.id, interactionId));
      for (const teacherId of teacherIds) {
        const relation =
          who.personId === coach.personId
            ? "observer"
            : ((await relationToTeacher(tx, { viewerId: who.personId, teacherId })) ?? "other");
        const row = rows.find((candidate) => candidate.teacherId === teacherId);
        const expected = coachingInteractionAccess(relation);
        expect({ teacherId, relation, access: row?.access ?? "none" }).toEqual({
          teacherId,
          relation,
          access: expected,
        });
        expect(row?.note ?? null).toBe(expected === "content" ? NOTE : null);
      }
    });
  });

  test("a principal's list holds the facts and no note", async () => {
    const principal = await membershipFor(handle.db, demoPeople.principal.email);
    const list = await withTenant(handle.db, principal.districtId, (tx) =>
      listVisibleInteractions(tx, { viewerId: principal.personId }),
    );
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      expect(entry.note).toBeNull();
      expect(entry.indicators).toBeNull();
    }
  });
});
