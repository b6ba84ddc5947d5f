import { enrolTeachers } from "@throughline/db/queries/cohorts/cohort-admin-enrol";
import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import type { CreateCohortAdminInput } from "@throughline/domain/cohort-admin";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notifyCohortEnrolled } from "../../notifications/cohort-notifications.ts";
import { selfPacedCohortInput } from "../../testing/cohort-input.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"coach" | "principal" | "middlePrincipal" | "maria", TestPerson>;
const ELEMENTARY = "Oak Grove Elementary";
const MIDDLE = "Riverside Middle School";
let elementaryId: string;
let middleId: string;
let stageThree: { id: string; position: number; title: string };
let stageOneId: string;
let coachId: string;
let admin: string;
let principal: string;

// Two schools, each with its principal. The elementary school: Maria, in a first cohort of
// Stage 1, and the six teachers of its Grades 3–5 Team; the middle school: the Grade 7 Team and
// a cohort of its own. Janelle Brooks coaches.
beforeAll(async () => {
  district = await testDistrict(api);
  const elementary = await district.school(ELEMENTARY);
  const middle = await district.school(MIDDLE);
  elementaryId = elementary.id;
  middleId = middle.id;
  const teacherAt = (school: typeof elementary) => district.person({ role: "teacher", school });
  people = {
    coach: await district.person({ role: "coach", name: "Janelle Brooks" }),
    principal: await district.person({ role: "principal", school: elementary }),
    middlePrincipal: await district.person({ role: "principal", school: middle }),
    maria: await district.person({ role: "teacher", school: elementary, name: "Maria Delgado" }),
  };
  admin = district.admin.email;
  principal = people.principal.email;
  const grades35: TestPerson[] = [];
  for (let count = 0; count < 6; count += 1) grades35.push(await teacherAt(elementary));
  await district.team({ school: elementary, name: "Grades 3–5 Team", members: grades35 });
  const firstGroup = await district.cohort({ school: elementary, name: "Stage 1, first group" });
  await district.enrol(people.maria, firstGroup);
  await district.team({ school: middle, name: "Grade 7 Team", members: [await teacherAt(middle)] });
  await district.cohort({ school: middle });

  const options = await (await api.callerFor(admin)).cohortAdmin.formOptions();
  const three = options.stages.find((stage) => stage.position === 3);
  if (!three) throw new Error("The framework has no Stage 3.");
  stageThree = three;
  stageOneId = options.stages.find((stage) => stage.position === 1)?.id ?? "";
  coachId = people.coach.id;
});

function newCohort(overrides: Partial<CreateCohortAdminInput> = {}): CreateCohortAdminInput {
  return selfPacedCohortInput(
    { schoolId: elementaryId, stageId: stageThree.id },
    { coachId, ...overrides },
  );
}

async function teamId(cohortId: string, name: string): Promise<string> {
  const detail = await (await api.callerFor(admin)).cohortAdmin.detail({ cohortId });
  const found = detail.teams.find((team) => team.name === name);
  if (!found) throw new Error(`No team ${name}.`);
  return found.id;
}

async function enrolledNotifications(cohortId: string) {
  return rawRows<{ recipient_id: string; count: number }>(
    api.db,
    sql`select recipient_id::text as recipient_id, count(*)::int as count from notification
        where kind = 'cohort_enrolled' and subject_id = ${cohortId} group by recipient_id`,
  );
}

describe("creating a cohort and enrolling a team", () => {
  let cohortId: string;

  it("creates a cohort from a team: its teachers are enrolled and each is told once", async () => {
    const caller = await api.callerFor(admin);
    ({ cohortId } = await caller.cohortAdmin.create(newCohort()));
    const grades35 = await teamId(cohortId, "Grades 3–5 Team");

    const candidates = await caller.cohortAdmin.candidates({
      cohortId,
      by: "team",
      teamId: grades35,
    });
    expect(candidates).toHaveLength(6);
    expect(candidates.every((candidate) => candidate.standing === "free")).toBe(true);

    // The team has not completed Stages 1–2: the admin overrides for each (see stage order).
    const result = await caller.cohortAdmin.enrol({
      cohortId,
      personIds: candidates.map((candidate) => candidate.personId),
      overrides: candidates.map((candidate) => ({
        personId: candidate.personId,
        reason: "Pilot group",
      })),
    });
    expect(result).toEqual({
      enrolled: 6,
      reactivated: 0,
      alreadyEnrolled: 0,
      inOtherCohort: 0,
      overridden: 6,
      heldBack: [],
    });

    const detail = await caller.cohortAdmin.detail({ cohortId });
    expect(detail.enrolments.map((row) => row.personId).sort()).toEqual(
      candidates.map((candidate) => candidate.personId).sort(),
    );
    expect(detail.enrolledCount).toBe(6);
    const told = await enrolledNotifications(cohortId);
    expect(told).toHaveLength(6);
    expect(told.every((row) => row.count === 1)).toBe(true);

    const listed = await caller.cohortAdmin.list();
    expect(listed.find((row) => row.id === cohortId)).toMatchObject({
      enrolledCount: 6,
      school: { name: ELEMENTARY },
      stage: { position: 3 },
      coach: { displayName: "Janelle Brooks" },
    });
  });

  it("enrolling the same teachers again changes nothing", async () => {
    const caller = await api.callerFor(admin);
    const before = await caller.cohortAdmin.detail({ cohortId });
    const result = await caller.cohortAdmin.enrol({
      cohortId,
      personIds: before.enrolments.map((row) => row.personId),
    });
    expect(result).toEqual({
      enrolled: 0,
      reactivated: 0,
      alreadyEnrolled: 6,
      inOtherCohort: 0,
      overridden: 0,
      heldBack: [],
    });
    const after = await caller.cohortAdmin.detail({ cohortId });
    expect(after.enrolments).toEqual(before.enrolments);
    expect((await enrolledNotifications(cohortId)).every((row) => row.count === 1)).toBe(true);
  });

  it("withdraws without deleting, and enrolling again re-activates", async () => {
    const caller = await api.callerFor(admin);
    const [first] = (await caller.cohortAdmin.detail({ cohortId })).enrolments;
    if (!first) throw new Error("No enrolment to withdraw.");
    await caller.cohortAdmin.withdraw({ enrolmentId: first.enrolmentId });
    const withdrawn = await caller.cohortAdmin.detail({ cohortId });
    expect(withdrawn.enrolledCount).toBe(5);
    expect(withdrawn.enrolments.find((row) => row.enrolmentId === first.enrolmentId)?.status).toBe(
      "withdrawn",
    );

    const result = await caller.cohortAdmin.enrol({
      cohortId,
      personIds: [first.personId],
      overrides: [{ personId: first.personId, reason: "Pilot group" }],
    });
    expect(result).toMatchObject({ enrolled: 0, reactivated: 1 });
    const again = await caller.cohortAdmin.detail({ cohortId });
    expect(again.enrolments.find((row) => row.personId === first.personId)).toMatchObject({
      enrolmentId: first.enrolmentId,
      status: "active",
    });
  });
});

describe("dated release", () => {
  it("generates one release per session of the stage, in session order", async () => {
    const caller = await api.callerFor(admin);
    const { cohortId } = await caller.cohortAdmin.create(
      newCohort({
        name: "Stage 3, dated",
        releaseMode: "dated",
        firstReleaseOn: "2026-09-07",
        daysBetweenSessions: 14,
      }),
    );
    const sessions = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from micropd_session where stage_id = ${stageThree.id}
          order by position`,
    );
    const detail = await caller.cohortAdmin.detail({ cohortId });
    expect(detail.releaseMode).toBe("dated");
    expect(detail.releases.map((release) => release.sessionId)).toEqual(
      sessions.map((row) => row.id),
    );
    const times = detail.releases.map((release) => release.releasesAt.getTime());
    for (let index = 1; index < times.length; index += 1) {
      const gapDays = ((times[index] ?? 0) - (times[index - 1] ?? 0)) / 86_400_000;
      // Whole days, give or take a clock change.
      expect(Math.abs(gapDays - 14)).toBeLessThanOrEqual(1 / 24 + 1e-9);
    }

    // Switching to self-paced removes the dates.
    const updated = await caller.cohortAdmin.update({
      cohortId,
      coachId: null,
      releaseMode: "self_paced",
      firstReleaseOn: null,
      daysBetweenSessions: null,
      workshop: {
        startsAt: new Date("2026-09-01T20:30:00Z"),
        minutes: 150,
        location: "Library",
        videoUrl: null,
        description: null,
      },
    });
    expect(updated.releases).toEqual([]);
    expect(updated.coach).toBeNull();
    expect(updated.workshop).toMatchObject({ minutes: 150, location: "Library" });
  });
});

describe("one stage at a time", () => {
  it("marks teachers active in another cohort of the stage and does not enrol them twice", async () => {
    const caller = await api.callerFor(admin);
    const { cohortId } = await caller.cohortAdmin.create(
      newCohort({ name: "Stage 1, second group", stageId: stageOneId }),
    );
    const school = await caller.cohortAdmin.candidates({ cohortId, by: "school" });
    const busy = school.filter((candidate) => candidate.standing === "other_cohort");
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.otherCohortName).toContain("Stage 1");
    const result = await caller.cohortAdmin.enrol({
      cohortId,
      personIds: school.map((candidate) => candidate.personId),
    });
    expect(result.inOtherCohort).toBe(busy.length);
    expect(result.enrolled).toBe(school.length - busy.length);
  });

  it("finds teachers by name or email", async () => {
    const caller = await api.callerFor(admin);
    const any = (await caller.cohortAdmin.list()).find((row) => row.school.name === ELEMENTARY);
    if (!any) throw new Error("No cohort.");
    const found = await caller.cohortAdmin.candidates({
      cohortId: any.id,
      by: "search",
      query: "delgado",
    });
    expect(found.map((candidate) => candidate.displayName)).toEqual(["Maria Delgado"]);
  });
});

describe("principals", () => {
  it("see and create cohorts at their own school only", async () => {
    const caller = await api.callerFor(principal);
    const listed = await caller.cohortAdmin.list();
    expect(new Set(listed.map((row) => row.school.name))).toEqual(new Set([ELEMENTARY]));
    expect(await codeOf(caller.cohortAdmin.create(newCohort({ schoolId: middleId })))).toBe(
      "FORBIDDEN",
    );
    const other = (await (await api.callerFor(admin)).cohortAdmin.list()).find(
      (row) => row.school.name === MIDDLE,
    );
    if (!other) throw new Error("No Riverside cohort.");
    expect(await codeOf(caller.cohortAdmin.detail({ cohortId: other.id }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.cohortAdmin.candidates({ cohortId: other.id, by: "school" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(caller.cohortAdmin.create(newCohort({ name: "Principal's own" })))).toBe(
      "OK",
    );
  });

  it("is not for teachers or coaches", async () => {
    for (const email of [people.maria.email, people.coach.email]) {
      expect(await codeOf((await api.callerFor(email)).cohortAdmin.list())).toBe("FORBIDDEN");
    }
  });
});

describe("bad input names its field", () => {
  it("a missing name and a dated cohort without dates", async () => {
    const caller = await api.callerFor(admin);
    const refusal = await refusalOf(
      caller.cohortAdmin.create(newCohort({ name: " ", releaseMode: "dated" })),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((error) => error.path)).toEqual([
      "name",
      "firstReleaseOn",
      "daysBetweenSessions",
    ]);
  });

  it("a coach who is not a coach", async () => {
    const caller = await api.callerFor(admin);
    const refusal = await refusalOf(
      caller.cohortAdmin.create(newCohort({ coachId: people.maria.id })),
    );
    expect(refusal.fieldErrors?.map((error) => error.path)).toEqual(["coachId"]);
  });

  it("a team of another school, and nobody to enrol", async () => {
    const caller = await api.callerFor(admin);
    const { cohortId } = await caller.cohortAdmin.create(newCohort({ name: "Team check" }));
    const other = (await caller.cohortAdmin.list()).find((row) => row.school.name === MIDDLE);
    if (!other) throw new Error("No Riverside cohort.");
    const riversideTeam = await teamId(other.id, "Grade 7 Team");
    const wrongTeam = await refusalOf(
      caller.cohortAdmin.candidates({ cohortId, by: "team", teamId: riversideTeam }),
    );
    expect(wrongTeam.fieldErrors?.map((error) => error.path)).toEqual(["teamId"]);
    const nobody = await refusalOf(caller.cohortAdmin.enrol({ cohortId, personIds: [] }));
    expect(nobody.fieldErrors?.map((error) => error.path)).toEqual(["personIds"]);
  });

  it("a person who is not a teacher of the school", async () => {
    const caller = await api.callerFor(admin);
    const { cohortId } = await caller.cohortAdmin.create(newCohort({ name: "Wrong people" }));
    const refusal = await refusalOf(
      caller.cohortAdmin.enrol({ cohortId, personIds: [people.middlePrincipal.id] }),
    );
    expect(refusal.fieldErrors?.map((error) => error.path)).toEqual(["personIds"]);
    expect((await caller.cohortAdmin.detail({ cohortId })).enrolments).toEqual([]);
  });
});

describe("transactions", () => {
  it("a rolled-back enrolment leaves neither enrolments nor notifications", async () => {
    const caller = await api.callerFor(admin);
    const { cohortId } = await caller.cohortAdmin.create(newCohort({ name: "Rolled back" }));
    const teacher = { districtId: district.districtId, personId: people.maria.id };
    const failure = withTenant(api.db, teacher.districtId, async (tx) => {
      const outcome = await enrolTeachers(tx, {
        districtId: teacher.districtId,
        cohortId,
        schoolId: elementaryId,
        stageId: stageThree.id,
        personIds: [teacher.personId],
        now: new Date(),
      });
      expect(outcome.newlyEnrolledIds).toEqual([teacher.personId]);
      await notifyCohortEnrolled(
        { tx, districtId: teacher.districtId },
        {
          teacherIds: outcome.newlyEnrolledIds,
          cohort: { id: cohortId, name: "Rolled back" },
          stage: stageThree,
        },
      );
      throw new Error("The request failed after enrolling.");
    });
    await expect(failure).rejects.toThrow("The request failed after enrolling.");
    expect((await caller.cohortAdmin.detail({ cohortId })).enrolments).toEqual([]);
    expect(await enrolledNotifications(cohortId)).toEqual([]);
  });
});
