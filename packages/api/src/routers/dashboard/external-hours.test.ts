import { beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * PD hours on the dashboards count approved PD taken elsewhere, as the transcript does: an
 * approved request whose last day is in the window (this school year so far) adds its hours; a
 * request still waiting, or one of an earlier year, does not.
 */

const api = testApiPerFile({ seed: false });

let district: TestDistrict;
let teacher: TestPerson;
let principal: TestPerson;

const course = {
  title: "Structured literacy",
  provider: "State University",
  kind: "university_course" as const,
  description: "Evening course.",
};

// The window is this school year so far (from 1 August): its first day is always in it.
const now = new Date();
const startYear = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
const yearStart = `${startYear}-08-01`;
const lastYearEnd = `${startYear}-06-15`;

beforeAll(async () => {
  district = await testDistrict(api, { timeZone: "America/Chicago" });
  ({ teacher, principal } = await district.schoolWithStaff("Lincoln"));
});

async function hoursOnDashboard(): Promise<number | null> {
  const asPrincipal = await district.callerFor(principal);
  const view = await asPrincipal.dashboard.teacher({ personId: teacher.id });
  return view.metrics.medianPdHours;
}

describe("external PD on the dashboards' PD hours", () => {
  it("adds approved external hours in the window, and nothing else", async () => {
    const before = (await hoursOnDashboard()) ?? 0;
    const asTeacher = await district.callerFor(teacher);
    const asPrincipal = await district.callerFor(principal);
    const inWindow = await asTeacher.externalPd.submit({
      ...course,
      startOn: yearStart,
      endOn: yearStart,
      hours: 6.5,
    });
    const lastYear = await asTeacher.externalPd.submit({
      ...course,
      startOn: lastYearEnd,
      endOn: lastYearEnd,
      hours: 10,
    });
    await asTeacher.externalPd.submit({
      ...course,
      startOn: yearStart,
      endOn: yearStart,
      hours: 3,
    });
    // Waiting for approval: not counted yet.
    expect((await hoursOnDashboard()) ?? 0).toBe(before);

    await asPrincipal.externalPd.approve({ requestId: inWindow.requestId });
    await asPrincipal.externalPd.approve({ requestId: lastYear.requestId });
    expect(await hoursOnDashboard()).toBe(before + 6.5);
  });
});
