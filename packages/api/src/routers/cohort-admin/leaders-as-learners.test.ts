import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * "Learner first, leader second": principals, coaches and district staff can be enrolled in a
 * cohort (a leadership cohort) and then use the teacher app for their own path, keeping theirs.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let principal: TestPerson;
let otherPrincipal: TestPerson;
let districtCoach: TestPerson;
let leadership: Awaited<ReturnType<TestDistrict["cohort"]>>;

beforeAll(async () => {
  district = await testDistrict(api);
  const elementary = await district.school("Oak Grove Elementary");
  const middle = await district.school("Riverside Middle School");
  principal = await district.person({ role: "principal", school: elementary, name: "Paula Reyes" });
  otherPrincipal = await district.person({ role: "principal", school: middle, name: "Omar Hale" });
  districtCoach = await district.person({ role: "coach", name: "Dana Whitcomb" });
  await district.person({ role: "teacher", school: elementary });
  leadership = await district.cohort({ school: elementary, name: "Leading learning" });
});

describe("leaders as learners", () => {
  it("a principal not enrolled anywhere is refused the teacher tier", async () => {
    const caller = await api.callerFor(principal.email);
    expect(await codeOf(caller.teacher.home())).toBe("FORBIDDEN");
    expect((await caller.viewer.me()).access.teacher.allowed).toBe(false);
  });

  it("the school's list holds its teachers; a search finds its principal and district staff too", async () => {
    const admin = await api.callerFor(district.admin.email);
    const school = await admin.cohortAdmin.candidates({ cohortId: leadership.id, by: "school" });
    expect(school.map((c) => c.displayName)).not.toContain("Paula Reyes");
    const found = await admin.cohortAdmin.candidates({
      cohortId: leadership.id,
      by: "search",
      query: "Paula",
    });
    expect(found.map((c) => c.displayName)).toEqual(["Paula Reyes"]);
    const staff = await admin.cohortAdmin.candidates({
      cohortId: leadership.id,
      by: "search",
      query: "Dana",
    });
    expect(staff.map((c) => c.displayName)).toEqual(["Dana Whitcomb"]);
    const elsewhere = await admin.cohortAdmin.candidates({
      cohortId: leadership.id,
      by: "search",
      query: "Omar",
    });
    expect(elsewhere).toEqual([]);
  });

  it("enrolled, the principal follows their own path in the teacher app and keeps the admin app", async () => {
    await district.enrol([principal, districtCoach], leadership);
    const caller = await api.callerFor(principal.email);
    const me = await caller.viewer.me();
    expect(me.access.teacher).toEqual({ allowed: true });
    expect(me.access.admin).toEqual({ allowed: true });
    const home = await caller.teacher.home();
    expect(home.enrolments.map((e) => e.cohortName)).toEqual(["Leading learning"]);
    // Still a principal: their school's cohorts are theirs to run.
    expect((await caller.cohortAdmin.list()).some((c) => c.id === leadership.id)).toBe(true);
    const coach = await api.callerFor(districtCoach.email);
    expect((await coach.viewer.me()).access.teacher).toEqual({ allowed: true });
  });

  it("a principal of another school cannot be enrolled in this school's cohort", async () => {
    const admin = await api.callerFor(district.admin.email);
    expect(
      await codeOf(
        admin.cohortAdmin.enrol({ cohortId: leadership.id, personIds: [otherPrincipal.id] }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("withdrawn, the principal is no longer a learner", async () => {
    const admin = await api.callerFor(district.admin.email);
    const { enrolments } = await admin.cohortAdmin.detail({ cohortId: leadership.id });
    const enrolmentId = enrolments.find((row) => row.personId === principal.id)?.enrolmentId ?? "";
    await admin.cohortAdmin.withdraw({ enrolmentId });
    const caller = await api.callerFor(principal.email);
    expect((await caller.viewer.me()).access.teacher.allowed).toBe(false);
  });
});
