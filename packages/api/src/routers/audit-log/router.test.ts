import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The audit log through the real router: a change writes one entry with the changed fields
 * before and after, a refused change writes none, principals read their schools' entries only,
 * and the CSV carries what the page lists.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let elementaryId: string;
let middleId: string;
let people: Record<"teacher" | "principal" | "middleTeacher", TestPerson>;

// Two schools: a teacher and the principal of the elementary school, a teacher of the middle one.
beforeAll(async () => {
  district = await testDistrict(api);
  const elementary = await district.school("Lincoln Elementary");
  const middle = await district.school("Riverside Middle School");
  ({ id: elementaryId } = elementary);
  ({ id: middleId } = middle);
  people = {
    teacher: await district.person({ role: "teacher", school: elementary }),
    principal: await district.person({ role: "principal", school: elementary }),
    middleTeacher: await district.person({ role: "teacher", school: middle }),
  };
});

describe("people changes on the audit log", () => {
  it("records a role change with the roles before and after, naming who and the school", async () => {
    const caller = await district.callerFor(district.admin);
    const personId = people.middleTeacher.id;
    const person = await caller.peopleAdmin.detail({ personId });
    await caller.peopleAdmin.update({
      personId,
      displayName: person.displayName,
      email: person.email,
      roles: [
        { role: "teacher", schoolId: middleId },
        { role: "coach", schoolId: middleId },
      ],
    });
    const { entries } = await caller.auditLog.list({
      filter: { action: "person.role_changed", subjectId: personId },
    });
    expect(entries).toHaveLength(1);
    const adminId = district.admin.id;
    expect(entries[0]).toMatchObject({
      actorId: adminId,
      actorLabel: expect.any(String),
      subjectKind: "person",
      subjectLabel: person.displayName,
      schoolId: middleId,
      before: { roles: ["teacher at Riverside Middle School"] },
      after: { roles: ["coach at Riverside Middle School", "teacher at Riverside Middle School"] },
    });
    // Only the changed fields: the name and email stayed.
    expect(Object.keys(entries[0]?.after ?? {})).toEqual(["roles"]);
  });

  it("records a new person and a deactivation; an unchanged save records nothing", async () => {
    const caller = await district.callerFor(district.admin);
    const { personId } = await caller.peopleAdmin.create({
      displayName: "Audit Newcomer",
      email: "audit.newcomer@example.test",
      roles: [{ role: "teacher", schoolId: elementaryId }],
    });
    await caller.peopleAdmin.update({
      personId,
      displayName: "Audit Newcomer",
      email: "audit.newcomer@example.test",
      roles: [{ role: "teacher", schoolId: elementaryId }],
    });
    await caller.peopleAdmin.setActive({ personId, active: false });
    const { entries } = await caller.auditLog.list({ filter: { subjectId: personId } });
    expect(entries.map((entry) => entry.action)).toEqual(["person.deactivated", "person.created"]);
    expect(entries[0]).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(entries[1]?.after).toMatchObject({
      displayName: "Audit Newcomer",
      email: "audit.newcomer@example.test",
    });
  });

  it("writes no entry for a change that is refused and rolled back", async () => {
    const caller = await district.callerFor(district.admin);
    const personId = people.middleTeacher.id;
    const before = await caller.auditLog.list({ filter: {} });
    const refused = caller.peopleAdmin.update({
      personId,
      displayName: "Someone Else",
      // Taken by another person: the update is refused after the row was written.
      email: people.teacher.email,
      roles: [{ role: "teacher", schoolId: middleId }],
    });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
    const after = await caller.auditLog.list({ filter: {} });
    expect(after.total).toBe(before.total);
  });
});

describe("reading the audit log", () => {
  it("shows a principal only the entries of the schools they lead", async () => {
    const caller = await district.callerFor(people.principal);
    const { entries, total } = await caller.auditLog.list({ filter: {} });
    expect(total).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.schoolId === elementaryId)).toBe(true);
    const everything = await (await district.callerFor(district.admin)).auditLog.list({
      filter: {},
    });
    expect(everything.entries.some((entry) => entry.schoolId === middleId)).toBe(true);
  });

  it("filters by who, kind and dates, and refuses an end before the start", async () => {
    const caller = await district.callerFor(district.admin);
    const adminId = district.admin.id;
    const actors = await caller.auditLog.actors();
    expect(actors.map((actor) => actor.id)).toContain(adminId);
    const mine = await caller.auditLog.list({ filter: { actorId: adminId } });
    expect(mine.total).toBeGreaterThanOrEqual(3);
    const future = await caller.auditLog.list({ filter: { from: "2099-01-01" } });
    expect(future.total).toBe(0);
    const past = await caller.auditLog.list({ filter: { to: "2000-01-01" } });
    expect(past.total).toBe(0);
    const refused = caller.auditLog.list({ filter: { from: "2026-02-01", to: "2026-01-01" } });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
  });

  it("downloads the filtered entries as CSV with before and after", async () => {
    const caller = await district.callerFor(district.admin);
    const { fileName, csv } = await caller.auditLog.csv({ action: "person.role_changed" });
    expect(fileName).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toContain("Occurred at (UTC)");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("person.role_changed");
    expect(lines[1]).toContain("coach at Riverside Middle School");
  });

  it("is not for teachers", async () => {
    const caller = await district.callerFor(people.teacher);
    expect(await codeOf(caller.auditLog.list({ filter: {} }))).toBe("FORBIDDEN");
  });
});
