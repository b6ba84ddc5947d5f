import { ssoProvider } from "@throughline/db/schema";
import { newDistrict } from "@throughline/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const NEW_ADMIN = "it.lead@riverside.example";

const api = testApiPerFile();
let riversideId: string;
beforeAll(async () => {
  ({ districtId: riversideId } = await newDistrict(api.db, {
    name: "Riverside Unified",
    slug: "riverside",
    timeZone: "America/Denver",
    admin: { displayName: "Ana Ruiz", email: NEW_ADMIN },
  }));
});

function openKeys(list: { items: { key: string; done: boolean }[] }): string[] {
  return list.items.filter((item) => !item.done).map((item) => item.key);
}

describe("getting started", () => {
  it("a new district's checklist is all open", async () => {
    const checklist = await (await api.callerFor(NEW_ADMIN)).gettingStarted.get();
    expect(checklist).toMatchObject({ doneCount: 0, total: 6 });
  });

  it("each item ticks itself as the district sets things up", async () => {
    const admin = await api.callerFor(NEW_ADMIN);
    const { schoolId } = await admin.peopleAdmin.createSchool({ name: "Riverside High" });
    expect(openKeys(await admin.gettingStarted.get())).toContain("schools_and_people");
    const { personId } = await admin.peopleAdmin.create({
      displayName: "Tomás Vega",
      email: "tomas.vega@riverside.example",
      roles: [{ role: "teacher", schoolId }],
    });
    expect(openKeys(await admin.gettingStarted.get())).not.toContain("schools_and_people");

    await admin.reminderSettings.save({
      timeZone: "America/Denver",
      meetingReminderMinutes: [1440, 60],
    });
    const afterFramework = await admin.gettingStarted.markFrameworkReviewed();
    expect(openKeys(afterFramework)).toEqual([
      "single_sign_on",
      "first_cohort",
      "collaboration_time",
    ]);

    // Another district's identity provider does not count; this district's does.
    await api.db.insert(ssoProvider).values({
      id: "maple-sso",
      issuer: "https://idp.maplevalley.test",
      providerId: "maple-valley-oidc",
      organizationId: "00000000-0000-4000-8000-000000000000",
      domain: "maplevalley.test",
    });
    expect(openKeys(await admin.gettingStarted.get())).toContain("single_sign_on");
    await api.db.insert(ssoProvider).values({
      id: "riverside-sso",
      issuer: "https://accounts.google.com",
      providerId: "riverside-google",
      organizationId: riversideId,
      domain: "riverside.example",
    });

    const [firstStage] = await admin.frameworkAdmin.stages();
    await admin.cohortAdmin.create({
      schoolId,
      stageId: firstStage?.id ?? "",
      name: "Riverside High · Stage 1",
      schoolYear: "2026-27",
      coachId: null,
      releaseMode: "self_paced",
      firstReleaseOn: null,
      daysBetweenSessions: null,
      workshop: {
        startsAt: new Date("2026-09-10T21:30:00Z"),
        minutes: 120,
        location: "Library",
        videoUrl: null,
        description: null,
      },
    });
    const { teamId } = await admin.peopleAdmin.createTeam({
      schoolId,
      name: "Science PLC",
      kind: "plc",
      facilitatorId: null,
      memberIds: [personId],
    });
    await admin.collaboration.saveBellSchedule({
      schoolId,
      periods: [{ weekday: 3, startMinute: 8 * 60, endMinute: 16 * 60, name: "School day" }],
    });
    await admin.collaboration.createBlock({
      teamId,
      weekday: 3,
      startMinute: 14 * 60,
      endMinute: 15 * 60,
      override: true,
    });
    expect(await admin.gettingStarted.get()).toMatchObject({ doneCount: 6, total: 6 });
  });

  it("the demo district, which has everything but single sign-on, shows those items done", async () => {
    const checklist = await (await api.callerFor("admin@maplevalley.test")).gettingStarted.get();
    for (const key of [
      "schools_and_people",
      "framework_reviewed",
      "calendar_reviewed",
      "first_cohort",
      "collaboration_time",
    ]) {
      expect(checklist.items.find((item) => item.key === key)?.done).toBe(true);
    }
  });

  it("is for district admins: a principal is refused", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    expect(await codeOf(principal.gettingStarted.get())).toBe("FORBIDDEN");
    expect(await codeOf(principal.gettingStarted.markFrameworkReviewed())).toBe("FORBIDDEN");
  });
});
