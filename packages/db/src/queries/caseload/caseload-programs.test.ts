import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { getCaseload } from "./caseload.ts";

/*
 * Maple Valley runs two programs: the caseload shows each teacher's current stage in each
 * program she is in, with its own status and MicroPD count; Cedar Ridge runs one, so its
 * caseload lists no programs.
 */

const { as } = seededDatabasePerFile();

describe("the caseload with two programs", () => {
  test("shows the demo teacher's stage in each program, framework first", async () => {
    const caseload = await as(demoPeople.coach.email, (tx, who) =>
      getCaseload(tx, { personId: who.personId }),
    );
    const maria = caseload.rows.find((row) => row.displayName === demoPeople.teacher.displayName);
    expect(maria?.programs).toEqual([
      {
        programId: expect.any(String),
        programTitle: "Instructional framework",
        stage: { position: 1, title: "High Performance Learning-Focused Lessons" },
        status: "in_progress",
        sessionsCompleted: 5,
        sessionsTotal: 10,
      },
      {
        programId: expect.any(String),
        programTitle: "Classroom technology",
        stage: { position: 1, title: "Devices that show student thinking" },
        status: "not_started",
        sessionsCompleted: 0,
        sessionsTotal: 3,
      },
    ]);
    // A teacher in the framework alone lists it alone.
    const frameworkOnly = caseload.rows.filter(
      (row) => row.stage !== null && row.programs.length === 1,
    );
    expect(frameworkOnly.length).toBeGreaterThan(0);
    for (const row of frameworkOnly) {
      expect(row.programs[0]?.programTitle).toBe("Instructional framework");
    }
  });

  test("a district with one program lists none", async () => {
    const caseload = await as(demoPeople.cedarRidgeCoach.email, (tx, who) =>
      getCaseload(tx, { personId: who.personId }),
    );
    expect(caseload.rows.length).toBeGreaterThan(0);
    expect(caseload.rows.every((row) => row.programs.length === 0)).toBe(true);
  });
});
