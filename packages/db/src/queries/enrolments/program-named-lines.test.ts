import { describe, expect, test } from "vitest";
import { stage } from "../../schema/index.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { programLabelOf } from "../framework/program-label.ts";
import { loadRecordMicroPd } from "../record-export/record-export-profile.ts";
import { listSessionCourses, listStageCompletions } from "./completion-certificates.ts";
import { listPdActivities } from "./transcript.ts";

/*
 * Maple Valley runs two programs, so every line that names a stage names its program; Cedar
 * Ridge runs one, so its lines read as before.
 */

const { as } = seededDatabasePerFile();

describe("lines that name a stage", () => {
  test("name the program only where the district runs more than one", async () => {
    const maple = await as(demoPeople.teacher.email, (tx) =>
      tx.select({ label: programLabelOf }).from(stage),
    );
    expect(new Set(maple.map((row) => row.label))).toEqual(
      new Set(["Instructional framework", "Classroom technology"]),
    );
    const cedar = await as(demoPeople.cedarRidgeCoach.email, (tx) =>
      tx.select({ label: programLabelOf }).from(stage),
    );
    expect(cedar.length).toBeGreaterThan(0);
    expect(cedar.every((row) => row.label === null)).toBe(true);
  });

  test("the transcript names the program of each workshop and session", async () => {
    const activities = await as(demoPeople.teacher.email, (tx, who) =>
      listPdActivities(tx, { personId: who.personId }),
    );
    const workshop = activities.find((row) => row.kind === "workshop");
    expect(workshop?.title).toBe(
      "Instructional framework · Stage 1 workshop: High Performance Learning-Focused Lessons",
    );
    const sessions = activities.filter((row) => row.kind === "micropd");
    expect(sessions.length).toBeGreaterThan(0);
    for (const row of sessions) expect(row.title).toMatch(/^Instructional framework · /);
  });

  test("certificates and the record name the program too", async () => {
    const { stages, courses, record } = await as(demoPeople.teacher.email, async (tx, who) => ({
      stages: await listStageCompletions(tx, { personId: who.personId }),
      courses: await listSessionCourses(tx, { personId: who.personId }),
      record: await loadRecordMicroPd(tx, { personId: who.personId, now: new Date() }),
    }));
    expect(new Set(stages.map((row) => row.programTitle))).toEqual(
      new Set(["Instructional framework", "Classroom technology"]),
    );
    expect(courses.every((row) => row.programTitle === "Instructional framework")).toBe(true);
    expect(record.map((row) => [row.program, row.position])).toEqual([
      ["Instructional framework", 1],
      ["Classroom technology", 1],
    ]);
  });
});
