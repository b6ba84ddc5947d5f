import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { membershipFor } from "../../testing.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { getCaseload } from "./caseload.ts";

/*
 * The caseload's single stage (and the pace and plan flags read from it) is the teacher's
 * current stage of her first program (migration 0054, domain rules/current-stage), whatever the
 * names of her cohorts: the demo teacher is in Stage 1 of both programs, and even with her
 * technology cohort named last in the alphabet her kept row stays on the framework.
 */

const coach = seededLoginPerFile(demoPeople.coach.email);

describe("the caseload's one stage with two programs", () => {
  test("is her first program's, not the cohort named last", async () => {
    await coach.rolledBack(async (tx) => {
      const maria = await membershipFor(coach.db, demoPeople.teacher.email);
      await tx.execute(sql`update cohort set name = 'zz ' || name
        where id in (
          select c.id from enrolment e
          join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          join stage s on s.district_id = c.district_id and s.id = c.stage_id
          join program p on p.district_id = s.district_id and p.id = s.program_id
          where e.person_id = ${maria.personId} and p.title = 'Classroom technology'
        )`);
      const caseload = await getCaseload(tx, { personId: coach.personId });
      const row = caseload.rows.find((entry) => entry.personId === maria.personId);
      expect(row?.stage).toEqual({
        position: 1,
        title: "High Performance Learning-Focused Lessons",
      });
      expect(row?.sessionsTotal).toBe(10);
    });
  });
});
