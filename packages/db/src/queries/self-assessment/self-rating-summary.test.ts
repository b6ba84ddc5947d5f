import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { recommendationsFor } from "../micropd/recommendations.ts";
import { listVisibleSelfAssessments, loadStageIndicators } from "./self-assessments.ts";
import { insertSelfAssessment, setSelfAssessmentShared } from "./self-assessments-write.ts";
import { firstAndLatestSelfRatings, loadSelfRatingEvidence } from "./self-rating-summary.ts";

const { as } = seededDatabasePerFile();

describe("self-assessment queries", () => {
  test("the demo teacher's first and latest self-rating per indicator, for her and her coach", async () => {
    const maria = await as(demoPeople.teacher.email, async (tx, who) => {
      const mine = await firstAndLatestSelfRatings(tx, {
        teacherIds: [who.personId],
        viewerId: who.personId,
      });
      expect(mine.length).toBeGreaterThan(2);
      expect(mine.every((row) => row.latest !== null && row.first.moment === "start")).toBe(true);
      expect(mine.some((row) => row.change > 0)).toBe(true);
      return { id: who.personId, mine };
    });
    await as(demoPeople.coach.email, async (tx, coach) => {
      const seen = await firstAndLatestSelfRatings(tx, {
        teacherIds: [maria.id],
        viewerId: coach.personId,
      });
      expect(seen).toEqual(maria.mine);
    });
  });

  test("a principal counts only what was shared, unless asking for group figures", async () => {
    await as(demoPeople.principal.email, async (tx, principal) => {
      const everyone = await firstAndLatestSelfRatings(tx, {
        teacherIds: (await tx.query.person.findMany({ columns: { id: true } })).map((p) => p.id),
        viewerId: null,
      });
      const teachersAll = new Set(everyone.map((row) => row.teacherId));
      const visible = await firstAndLatestSelfRatings(tx, {
        teacherIds: [...teachersAll],
        viewerId: principal.personId,
      });
      expect(teachersAll.size).toBeGreaterThanOrEqual(5);
      // One colleague shared her start rating; nobody else's reaches the principal.
      expect(new Set(visible.map((row) => row.teacherId)).size).toBe(1);
    });
  });

  test("records, shares only the teacher's own, and feeds recommendations with the reason", async () => {
    await as(demoPeople.teacherLeader.email, async (tx, kevin) => {
      const [enrolled] = await rawRows<{ stage_id: string }>(
        tx,
        // His stage of the district's first program (he is in the technology program too).
        sql`select c.stage_id::text as stage_id from enrolment e
            join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
            join stage s on s.district_id = c.district_id and s.id = c.stage_id
            join program p on p.district_id = s.district_id and p.id = s.program_id
            where e.person_id = ${kevin.personId}
            order by p.position, s.position limit 1`,
      );
      const stageId = enrolled?.stage_id ?? "";
      const indicators = await loadStageIndicators(tx, { stageId });
      const [first] = indicators;
      if (!first) throw new Error("The stage has no indicators.");
      const id = await insertSelfAssessment(tx, {
        districtId: kevin.districtId,
        teacherId: kevin.personId,
        stageId,
        moment: "check_in",
        assessedOn: "2099-01-02",
        ratings: indicators.map((item) => ({
          indicatorId: item.id,
          levelRank: 0,
          note: item === first ? "Not yet" : null,
        })),
      });
      const listed = await listVisibleSelfAssessments(tx, {
        viewerId: kevin.personId,
        teacherId: kevin.personId,
        stageId,
      });
      expect(listed.at(-1)).toMatchObject({
        id,
        moment: "check_in",
        access: "content",
      });
      expect(listed.at(-1)?.ratings).toContainEqual(
        expect.objectContaining({ indicatorId: first.id, levelRank: 0, note: "Not yet" }),
      );
      // Only the teacher's own: another person's id touches nothing.
      const sharedByOther = await setSelfAssessmentShared(tx, {
        selfAssessmentId: id,
        teacherId: "00000000-0000-4000-8000-000000000000",
        sharedWithLeadersAt: new Date(),
      });
      expect(sharedByOther).toBe(false);
      // Rated again the same day: the later rating is the evidence, not the lower one.
      await insertSelfAssessment(tx, {
        districtId: kevin.districtId,
        teacherId: kevin.personId,
        stageId,
        moment: "end",
        assessedOn: "2099-01-02",
        ratings: [{ indicatorId: first.id, levelRank: 3, note: null }],
      });
      const evidence = await loadSelfRatingEvidence(tx, { teacherId: kevin.personId });
      expect(
        evidence.filter((row) => row.indicatorId === first.id && row.on === "2099-01-02"),
      ).toEqual([{ indicatorId: first.id, rank: 3, on: "2099-01-02", selfRated: true }]);
      const recommended = await recommendationsFor(tx, { personId: kevin.personId });
      expect(recommended.map((item) => item.reason).join("\n")).toMatch(
        /You rated ‘[^’]+’ not yet observed on Jan 2, target /,
      );
    });
  });
});
