import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { currentStageOf } from "../meetings/commitments.ts";
import { currentEnrolments, loadEnrolmentProgress, primaryEnrolment } from "./stage-progress.ts";

/*
 * The demo teacher is in Stage 1 of the instructional framework and Stage 1 of classroom
 * technology: she has a current stage in each, and where one stage is needed (the plan a
 * meeting's commitments go on) it is the framework's, the district's first program, even
 * though the technology enrolment comes last in stage order.
 */

const { as } = seededDatabasePerFile();

describe("a teacher's current stage with two programs", () => {
  test("one current enrolment per program, first program first", async () => {
    const { current, primary, commitmentsGoTo, progress } = await as(
      demoPeople.teacher.email,
      async (tx, who) => {
        const progress = await loadEnrolmentProgress(tx, {
          personIds: [who.personId],
          now: new Date(),
        });
        return {
          progress,
          current: currentEnrolments(progress, who.personId),
          primary: primaryEnrolment(progress, who.personId),
          commitmentsGoTo: await currentStageOf(tx, { personId: who.personId }),
        };
      },
    );
    expect(current.map((row) => [row.programPosition, row.stage.title])).toEqual([
      [1, "High Performance Learning-Focused Lessons"],
      [2, "Devices that show student thinking"],
    ]);
    // The last row in stage order is the technology stage; the one stage is still the framework's.
    expect(progress.at(-1)?.stage.title).toBe("Devices that show student thinking");
    expect(primary?.stage.title).toBe("High Performance Learning-Focused Lessons");
    expect(commitmentsGoTo).toBe(primary?.stage.id);
  });
});
