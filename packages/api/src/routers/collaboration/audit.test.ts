import type { AuditAction } from "@throughline/domain/audit";
import { beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * A school's bell schedule and a teacher's hand-entered timetable decide when collaboration time
 * can be found: a change to either is on the audit log, as the week read before and after.
 */

const api = testApiPerFile({ seed: false });

let district: TestDistrict;
let schoolId: string;

// A school with one teacher.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school();
  await district.person({ role: "teacher", school });
  schoolId = school.id;
});

async function entriesOf(action: AuditAction, subjectId: string) {
  const admin = await district.callerFor(district.admin);
  return (await admin.auditLog.list({ filter: { action, subjectId } })).entries;
}

describe("collaboration settings on the audit log", () => {
  it("records a bell schedule replaced, as the periods before and after", async () => {
    const admin = await district.callerFor(district.admin);
    const before = (await admin.collaboration.bellSchedule({ schoolId })).periods;
    await admin.collaboration.saveBellSchedule({
      schoolId,
      periods: [
        { weekday: 2, startMinute: 480, endMinute: 530, name: "Period 1" },
        { weekday: 1, startMinute: 480, endMinute: 530, name: "Period 1" },
      ],
    });
    const [entry] = await entriesOf("school.bell_schedule_changed", schoolId);
    expect(entry).toMatchObject({ subjectKind: "school", schoolId });
    expect(entry?.before?.periods).toHaveLength(before.length);
    expect(entry?.after).toEqual({
      periods: ["Monday 8:00 AM–8:50 AM Period 1", "Tuesday 8:00 AM–8:50 AM Period 1"],
    });

    // Saving the same week again changes nothing and records nothing.
    await admin.collaboration.saveBellSchedule({
      schoolId,
      periods: [
        { weekday: 1, startMinute: 480, endMinute: 530, name: "Period 1" },
        { weekday: 2, startMinute: 480, endMinute: 530, name: "Period 1" },
      ],
    });
    expect(await entriesOf("school.bell_schedule_changed", schoolId)).toHaveLength(1);
  });

  it("records a teacher's classes entered by hand, before and after", async () => {
    const admin = await district.callerFor(district.admin);
    const [teacher] = await admin.collaboration.teachers({ schoolId });
    if (!teacher) throw new Error("The school has no teachers.");
    await admin.collaboration.saveTimetable({
      schoolId,
      personId: teacher.id,
      slots: [{ weekday: 3, startMinute: 600, endMinute: 645, label: "Grade 4 maths" }],
    });
    const [entry] = await entriesOf("person.timetable_changed", teacher.id);
    expect(entry).toMatchObject({
      subjectKind: "person",
      schoolId,
      after: { classes: ["Wednesday 10:00 AM–10:45 AM Grade 4 maths"] },
    });
  });
});
