import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * Enrolment respects the stage order: enrolling the Grades 3–5 Team in a Stage 3 cohort holds
 * back (does not enrol, does not tell) every teacher who has not completed Stages 1 and 2, and
 * lists them with the reason; the admin can override for one person, with a recorded reason.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let cohortId: string;
let teamId: string;
let adminId: string;

async function enrolmentsOf(id: string) {
  return rawRows<{
    person_id: string;
    stage_override_by_id: string | null;
    stage_override_at: Date | null;
    stage_override_reason: string | null;
  }>(
    api.db,
    sql`select person_id::text as person_id, stage_override_by_id::text as stage_override_by_id,
          stage_override_at, stage_override_reason
        from enrolment where cohort_id = ${id} and status = 'active'`,
  );
}

async function toldAbout(id: string) {
  return rawRows<{ recipient_id: string }>(
    api.db,
    sql`select recipient_id::text as recipient_id from notification
        where kind = 'cohort_enrolled' and subject_id = ${id}`,
  );
}

// A team of three teachers, all in a Stage 1 cohort, and a Stage 3 cohort of their school.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school();
  const teachers = [
    await district.person({ role: "teacher", school }),
    await district.person({ role: "teacher", school }),
    await district.person({ role: "teacher", school }),
  ];
  ({ id: teamId } = await district.team({ school, members: teachers, name: "Grades 3–5 Team" }));
  await district.enrol(teachers, await district.cohort({ school }));
  const [, , three = ""] = await district.stageIds();
  ({ id: cohortId } = await district.cohort({ school, stageId: three }));
  adminId = district.admin.id;
});

describe("enrolling a team in a Stage 3 cohort", () => {
  it("shows each teacher's current stage and why they would be held back", async () => {
    const candidates = await (await district.callerFor(district.admin)).cohortAdmin.candidates({
      cohortId,
      by: "team",
      teamId,
    });
    expect(candidates.length).toBeGreaterThan(1);
    const inStageOne = candidates.filter((c) => c.currentStage?.position === 1);
    expect(inStageOne.length).toBeGreaterThan(0);
    for (const candidate of inStageOne) {
      expect(candidate.heldBackReason).toBe("Stage 1 and Stage 2 not complete");
    }
  });

  it("holds back who has not completed the earlier stages: not enrolled, not told, listed", async () => {
    const caller = await district.callerFor(district.admin);
    const candidates = await caller.cohortAdmin.candidates({ cohortId, by: "team", teamId });
    const held = candidates.filter((c) => c.heldBackReason !== null);
    const result = await caller.cohortAdmin.enrol({
      cohortId,
      personIds: candidates.map((c) => c.personId),
    });
    expect(result.heldBack.map((row) => row.personId).sort()).toEqual(
      held.map((c) => c.personId).sort(),
    );
    expect(result.heldBack[0]?.reason).toMatch(/not complete$/);
    expect(result.enrolled).toBe(candidates.length - held.length);
    const enrolled = (await enrolmentsOf(cohortId)).map((row) => row.person_id);
    const told = (await toldAbout(cohortId)).map((row) => row.recipient_id);
    for (const { personId } of held) {
      expect(enrolled).not.toContain(personId);
      expect(told).not.toContain(personId);
    }
  });

  it("an override needs a reason, and is recorded on that person's enrolment", async () => {
    const caller = await district.callerFor(district.admin);
    const candidates = await caller.cohortAdmin.candidates({ cohortId, by: "team", teamId });
    const [first, second] = candidates.filter((c) => c.heldBackReason !== null);
    if (!first || !second) throw new Error("The team has too few teachers held back.");

    const refusal = await refusalOf(
      caller.cohortAdmin.enrol({
        cohortId,
        personIds: [first.personId],
        overrides: [{ personId: first.personId, reason: "  " }],
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((e) => e.path)).toContainEqual("overrides.0.reason");

    const before = Date.now();
    const result = await caller.cohortAdmin.enrol({
      cohortId,
      personIds: [first.personId, second.personId],
      overrides: [
        { personId: first.personId, reason: "Completed Stages 1–2 in her last district" },
      ],
    });
    expect(result).toMatchObject({ enrolled: 1, overridden: 1 });
    expect(result.heldBack.map((row) => row.personId)).toEqual([second.personId]);
    const row = (await enrolmentsOf(cohortId)).find((r) => r.person_id === first.personId);
    expect(row?.stage_override_by_id).toBe(adminId);
    expect(row?.stage_override_reason).toBe("Completed Stages 1–2 in her last district");
    expect(new Date(row?.stage_override_at ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await toldAbout(cohortId)).map((r) => r.recipient_id)).toContain(first.personId);
  });
});
