import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { membershipFor } from "../../testing.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { getCaseload } from "./caseload.ts";

/*
 * The caseload's single stage is the teacher's current stage of her first program (0054); the
 * kept row follows the order of programs the moment it changes (0056), not at the next write
 * that happens to touch the teacher.
 */

const coach = seededLoginPerFile(demoPeople.coach.email);

describe("the caseload's one stage when programs are reordered", () => {
  test("moves to the program now first", async () => {
    await coach.rolledBack(async (tx) => {
      const maria = await membershipFor(coach.db, demoPeople.teacher.email);
      const stageOf = async () =>
        (await getCaseload(tx, { personId: coach.personId })).rows.find(
          (entry) => entry.personId === maria.personId,
        )?.stage;
      expect(await stageOf()).toEqual({
        position: 1,
        title: "High Performance Learning-Focused Lessons",
      });
      // Classroom technology first: three statements, as the position key is checked per row.
      await tx.execute(
        sql`update program set position = 99 where title = 'Instructional framework'`,
      );
      await tx.execute(sql`update program set position = 1 where title = 'Classroom technology'`);
      await tx.execute(
        sql`update program set position = 2 where title = 'Instructional framework'`,
      );
      expect(await stageOf()).toEqual({ position: 1, title: "Devices that show student thinking" });
    });
  });
});
