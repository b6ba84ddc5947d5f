import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let schoolStaff: TestPerson[];

// A new district in Chicago's time, with a principal and a teacher of its one school.
beforeAll(async () => {
  district = await testDistrict(api, { timeZone: "America/Chicago" });
  const { principal, teacher } = await district.schoolWithStaff();
  schoolStaff = [principal, teacher];
});

describe("reminder settings", () => {
  it("a district admin reads the defaults: Chicago, a day and an hour, the default breaks", async () => {
    const settings = await (await district.callerFor(district.admin)).reminderSettings.get();
    expect(settings.timeZone).toBe("America/Chicago");
    expect(settings.meetingReminderMinutes).toEqual([1440, 60]);
    expect(settings.holidays.map((holiday) => holiday.name)).toEqual([
      "Winter break",
      "Spring break",
    ]);
  });

  it("saves lead times and the time zone, longest first", async () => {
    const admin = await district.callerFor(district.admin);
    const saved = await admin.reminderSettings.save({
      timeZone: "America/New_York",
      meetingReminderMinutes: [30, 2880],
    });
    expect(saved.meetingReminderMinutes).toEqual([2880, 30]);
    expect((await admin.reminderSettings.get()).timeZone).toBe("America/New_York");
  });

  it("names the field that is wrong", async () => {
    const admin = await district.callerFor(district.admin);
    const refusal = await refusalOf(
      admin.reminderSettings.save({ timeZone: "Mars/Olympus", meetingReminderMinutes: [1] }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((problem) => problem.path).sort()).toEqual([
      "meetingReminderMinutes.0",
      "timeZone",
    ]);
  });

  it("adds and removes a break; an unknown break is not found", async () => {
    const admin = await district.callerFor(district.admin);
    const { holidayId } = await admin.reminderSettings.addHoliday({
      name: "Thanksgiving",
      startsOn: "2026-11-26",
      endsOn: "2026-11-27",
    });
    expect((await admin.reminderSettings.get()).holidays.map((h) => h.name)).toContain(
      "Thanksgiving",
    );
    await admin.reminderSettings.removeHoliday({ holidayId });
    expect(await codeOf(admin.reminderSettings.removeHoliday({ holidayId }))).toBe("NOT_FOUND");
  });

  it("principals and teachers are refused", async () => {
    for (const person of schoolStaff) {
      const caller = await district.callerFor(person);
      expect(await codeOf(caller.reminderSettings.get())).toBe("FORBIDDEN");
    }
  });
});
