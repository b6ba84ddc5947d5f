import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();
let stageOneCohortId: string;

beforeAll(async () => {
  const cohorts = await (await api.callerFor("coach@maplevalley.test")).workshop.cohorts();
  const stageOne = cohorts.find(
    (cohort) => cohort.stage.position === 1 && cohort.schoolName === "Maple Valley Elementary",
  );
  stageOneCohortId = stageOne?.id ?? "";
});

async function rosterAs(email: string) {
  return (await api.callerFor(email)).workshop.forCohort({ cohortId: stageOneCohortId });
}

describe("workshop.cohorts", () => {
  it("lists the coach's own cohorts with their counts", async () => {
    const cohorts = await (await api.callerFor("coach@maplevalley.test")).workshop.cohorts();
    // Stage 1 and 2 of the framework, and the classroom technology stage.
    expect(cohorts.map((cohort) => cohort.schoolName)).toEqual([
      "Maple Valley Elementary",
      "Maple Valley Elementary",
      "Maple Valley Elementary",
    ]);
    for (const cohort of cohorts) {
      expect(cohort.attendedCount).toBeLessThanOrEqual(cohort.enrolledCount);
      expect(cohort.enrolledCount).toBeGreaterThan(0);
    }
  });

  it("shows a district admin every cohort and a principal only their school's", async () => {
    const all = await (await api.callerFor("admin@maplevalley.test")).workshop.cohorts();
    const own = await (await api.callerFor("principal@maplevalley.test")).workshop.cohorts();
    expect(new Set(all.map((cohort) => cohort.schoolName)).size).toBe(2);
    expect(new Set(own.map((cohort) => cohort.schoolName))).toEqual(
      new Set(["Maple Valley Elementary"]),
    );
  });

  it("is not for teachers", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    expect(await codeOf(teacher.workshop.cohorts())).toBe("FORBIDDEN");
  });
});

describe("workshop.forCohort", () => {
  it("gives the coach the workshop and the roster with attendance", async () => {
    const cohort = await rosterAs("coach@maplevalley.test");
    expect(cohort.workshop).toMatchObject({
      location: "Maple Valley Elementary, Library",
      minutes: 180,
    });
    expect(cohort.workshop.startsAt).toBeInstanceOf(Date);
    expect(cohort.roster.map((row) => row.displayName)).toContain("Maria Delgado");
    expect(cohort.roster.some((row) => !row.workshopAttended)).toBe(true);
    expect(cohort.canConfirm).toBe(true);
  });

  it.each([
    ["the principal of its school", "principal@maplevalley.test", true],
    ["a district admin", "admin@maplevalley.test", true],
    ["a teacher leader facilitating a team with members in it", "leader@maplevalley.test", false],
  ])("lets %s see it (may confirm: %s)", async (_who, email, canConfirm) => {
    expect((await rosterAs(email)).canConfirm).toBe(canConfirm);
  });

  it.each([
    ["a teacher", "teacher@maplevalley.test", "FORBIDDEN"],
    ["a coach of another school's cohorts", "leah.whitfield@maplevalley.test", "FORBIDDEN"],
    ["the principal of another school", "sandra.villanueva@maplevalley.test", "FORBIDDEN"],
    ["a coach of another district", "coach@cedarridge.test", "NOT_FOUND"],
  ])("refuses %s", async (_who, email, code) => {
    expect(await codeOf(rosterAs(email))).toBe(code);
  });
});

describe("workshop.markAttendance", () => {
  async function someoneWhoMissedIt() {
    const cohort = await rosterAs("coach@maplevalley.test");
    const absent = cohort.roster.find((row) => !row.workshopAttended);
    if (!absent) throw new Error("The seed has a teacher who missed the workshop.");
    return absent;
  }

  it("records attendance, which the teacher's stage status and the roster then show", async () => {
    const absent = await someoneWhoMissedIt();
    const coach = await api.callerFor("coach@maplevalley.test");
    const saved = await coach.workshop.markAttendance({
      cohortId: stageOneCohortId,
      personId: absent.personId,
      attended: true,
    });
    expect(saved).toMatchObject({ attended: true, next: { kind: "not_complete" } });
    const after = (await rosterAs("coach@maplevalley.test")).roster.find(
      (row) => row.personId === absent.personId,
    );
    expect(after).toMatchObject({ workshopAttended: true, status: "in_progress" });

    await coach.workshop.markAttendance({
      cohortId: stageOneCohortId,
      personId: absent.personId,
      attended: false,
    });
    const undone = (await rosterAs("coach@maplevalley.test")).roster.find(
      (row) => row.personId === absent.personId,
    );
    expect(undone?.workshopAttended).toBe(false);
  });

  it("opens the next stage when attending is the last requirement", async () => {
    const cohort = await rosterAs("coach@maplevalley.test");
    const done = cohort.roster.find((row) => row.status === "complete");
    if (!done) throw new Error("The seed has a teacher who completed Stage 1.");
    const coach = await api.callerFor("coach@maplevalley.test");
    const input = { cohortId: stageOneCohortId, personId: done.personId };
    const missed = await coach.workshop.markAttendance({ ...input, attended: false });
    expect(missed.next).toEqual({ kind: "not_complete", status: "in_progress" });
    const attended = await coach.workshop.markAttendance({ ...input, attended: true });
    expect(attended.next).toMatchObject({ kind: "enrolled", stage: { position: 2 } });
  });

  it("refuses a teacher, even for themselves", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    const me = await teacher.viewer.me();
    const call = teacher.workshop.markAttendance({
      cohortId: stageOneCohortId,
      personId: me.person.id,
      attended: true,
    });
    expect(await codeOf(call)).toBe("FORBIDDEN");
  });

  it("is NOT_FOUND for someone not enrolled in the cohort", async () => {
    const principal = await (await api.callerFor("principal@maplevalley.test")).viewer.me();
    const coach = await api.callerFor("coach@maplevalley.test");
    const call = coach.workshop.markAttendance({
      cohortId: stageOneCohortId,
      personId: principal.person.id,
      attended: true,
    });
    expect(await codeOf(call)).toBe("NOT_FOUND");
  });

  it("lets a Cedar Ridge coach change nothing in Maple Valley", async () => {
    const absent = await someoneWhoMissedIt();
    const cedar = await api.callerFor("coach@cedarridge.test");
    const call = cedar.workshop.markAttendance({
      cohortId: stageOneCohortId,
      personId: absent.personId,
      attended: true,
    });
    expect(await codeOf(call)).toBe("NOT_FOUND");
    const [row] = await rawRows<{ workshop_attended: boolean }>(
      api.db,
      sql`select workshop_attended from enrolment
          where cohort_id = ${stageOneCohortId} and person_id = ${absent.personId}`,
    );
    expect(row?.workshop_attended).toBe(false);
  });

  it("names the field when the input is wrong", async () => {
    const coach = await api.callerFor("coach@maplevalley.test");
    const call = coach.workshop.markAttendance({
      cohortId: stageOneCohortId,
      personId: "not-an-id",
      attended: true,
    });
    expect(await codeOf(call)).toBe("BAD_REQUEST");
  });
});

describe("teacher.home", () => {
  it("shows the teacher their workshop's date, place and length", async () => {
    const home = await (await api.callerFor("teacher@maplevalley.test")).teacher.home();
    const [first] = home.enrolments;
    expect(first?.workshop).toMatchObject({
      location: "Maple Valley Elementary, Library",
      minutes: 180,
    });
    expect(first?.workshop.startsAt).toBeInstanceOf(Date);
  });
});
