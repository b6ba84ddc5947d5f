import { beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "./test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "./test-district.ts";

/* The test-district factory builds a world the product itself would accept, and only that. */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;

beforeAll(async () => {
  district = await testDistrict(api);
});

describe("a test district", () => {
  it("has its admin and the default framework, and nobody else's people", async () => {
    const admin = await district.callerFor(district.admin);
    expect((await admin.viewer.me()).person.id).toBe(district.admin.id);
    expect(await district.stageIds()).toHaveLength(3);
    expect((await admin.peopleAdmin.search({})).people.map((p) => p.id)).toEqual([
      district.admin.id,
    ]);
  });

  it("makes people who sign in, a coached cohort and a team, all through the admin's procedures", async () => {
    const school = await district.school();
    const coach = await district.person({ role: "coach" });
    const teacher = await district.person({ role: "teacher", school, name: "Ana Ruiz" });
    const teammate = await district.person({ role: "teacher", school });
    const cohort = await district.cohort({ school, coach });
    await district.enrol([teacher, teammate], cohort);
    const team = await district.team({ school, members: [teacher, teammate], facilitator: coach });

    const asTeacher = await district.callerFor(teacher);
    expect((await asTeacher.viewer.me()).person.displayName).toBe("Ana Ruiz");
    expect((await asTeacher.teacher.home()).enrolments.map((e) => e.stage.id)).toEqual([
      cohort.stageId,
    ]);
    const admin = await district.callerFor(district.admin);
    const detail = await admin.cohortAdmin.detail({ cohortId: cohort.id });
    expect(detail.coach?.id).toBe(coach.id);
    expect((await admin.peopleAdmin.teams()).map((t) => t.id)).toEqual([team.id]);
  });

  it("builds a coached teacher with her principal, and a principal of another school", async () => {
    const world = await district.coachedTeacher({ teacher: "Maria Delgado" });
    const coach = await district.callerFor(world.coach);
    expect((await coach.recommendations.forTeacher({ teacherId: world.teacher.id })).length).toBe(
      (await (await district.callerFor(world.teacher)).recommendations.mine()).length,
    );
    const principal = await district.callerFor(world.principal);
    const elsewhere = await district.callerFor(await district.principalElsewhere());
    const schoolsOf = async (caller: typeof principal) =>
      (await caller.peopleAdmin.schools()).map((school) => school.id);
    expect(await schoolsOf(principal)).toEqual([world.school.id]);
    expect(await schoolsOf(elsewhere)).not.toContain(world.school.id);
    expect(await district.indicatorIds(2)).toHaveLength(2);
  });

  it("is a district of its own: a second one does not see the first", async () => {
    const other = await testDistrict(api);
    expect(other.slug).not.toBe(district.slug);
    const otherAdmin = await other.callerFor(other.admin);
    expect((await otherAdmin.peopleAdmin.search({})).people.map((p) => p.id)).toEqual([
      other.admin.id,
    ]);
  });
});
