import { membershipFor } from "@throughline/db/testing";
import { stageSelfAssessmentSchema } from "@throughline/domain/self-assessment";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { firstStageOf } from "../../testing/first-stage.ts";
import { selfRating } from "../../testing/self-rating.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * Self-assessment through the real router: the teacher rates themselves at the start and end of
 * a stage and sees the change; their coach reads it; their principal and the district admin
 * read it only once shared.
 */

const api = testApiPerFile();

async function stageOf(email: string) {
  const { teacher, stageId } = await firstStageOf(api, email);
  return { teacher, stageId, teacherId: (await membershipFor(api.db, email)).personId };
}

describe("selfAssessment", () => {
  it("asks for the start, records it dated today, then shows pre → post after the end", async () => {
    const { teacher, stageId } = await stageOf(demoEmail.unassessedTeacher);
    const before = await teacher.selfAssessment.stage({ stageId });
    expect(stageSelfAssessmentSchema.parse(before)).toBeTruthy();
    expect(before.invitation).toBe("start");
    expect(before.assessments).toEqual([]);
    expect(before.indicators.length).toBeGreaterThan(1);
    const [first, second] = before.indicators;
    if (!first || !second) throw new Error("The stage has too few indicators.");

    const start = await teacher.selfAssessment.record({
      stageId,
      moment: "start",
      ratings: [selfRating(first, 0, "Never tried"), selfRating(second, 1)],
    });
    expect(start.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const afterStart = await teacher.selfAssessment.stage({ stageId });
    expect(afterStart.invitation).toBeNull();
    expect(afterStart.change.map((row) => [row.indicatorId, row.latest])).toEqual([
      [first.id, null],
      [second.id, null],
    ]);

    await teacher.selfAssessment.record({
      stageId,
      moment: "end",
      ratings: [selfRating(first, 2), selfRating(second, 1)],
    });
    const after = await teacher.selfAssessment.stage({ stageId });
    expect(after.assessments.map((row) => row.moment)).toEqual(["start", "end"]);
    expect(after.change).toEqual([
      expect.objectContaining({
        indicatorId: first.id,
        first: expect.objectContaining({ rank: 0, moment: "start" }),
        latest: expect.objectContaining({ rank: 2, moment: "end" }),
        change: 2,
      }),
      expect.objectContaining({ indicatorId: second.id, change: 0 }),
    ]);
  });

  it("refuses an indicator not of the stage and a level not on the scale, by field", async () => {
    const { teacher, stageId } = await stageOf(demoEmail.unassessedTeacher);
    const home = await teacher.teacher.home();
    const otherStage = home.stages.find((stage) => stage.id !== stageId)?.id ?? "";
    const [foreign] = (await teacher.selfAssessment.stage({ stageId: otherStage })).indicators;
    const [own] = (await teacher.selfAssessment.stage({ stageId })).indicators;
    const foreignOnly = (await teacher.selfAssessment.stage({ stageId })).indicators.every(
      (item) => item.id !== foreign?.id,
    );
    if (foreignOnly && foreign) {
      const wrong = await refusalOf(
        teacher.selfAssessment.record({
          stageId,
          moment: "check_in",
          ratings: [selfRating(foreign, 1)],
        }),
      );
      expect(wrong.fieldErrors).toEqual([
        { path: "ratings.0.indicatorId", message: "This indicator is not one of the stage's." },
      ]);
    }
    const offScale = await refusalOf(
      teacher.selfAssessment.record({
        stageId,
        moment: "check_in",
        ratings: [{ indicatorId: own?.id ?? "", levelRank: 9, note: null }],
      }),
    );
    expect(offScale.fieldErrors).toEqual([
      { path: "ratings.0.levelRank", message: "Choose one of the district's levels." },
    ]);
  });

  it("is read in full by the teacher's coach, by leaders only once shared", async () => {
    const { teacher, teacherId } = await stageOf("teacher@maplevalley.test");
    const coach = await api.callerFor("coach@maplevalley.test");
    const principal = await api.callerFor("principal@maplevalley.test");
    const admin = await api.callerFor("admin@maplevalley.test");

    const seen = await coach.selfAssessment.forTeacher({ teacherId });
    expect(seen.assessments.length).toBeGreaterThan(1);
    expect(
      seen.assessments.every((row) => row.access === "content" && row.ratings.length > 0),
    ).toBe(true);
    const someId = seen.assessments[0]?.id ?? "";

    for (const leader of [principal, admin]) {
      const unshared = await leader.selfAssessment.forTeacher({ teacherId });
      expect(unshared.assessments.every((row) => row.access === "facts")).toBe(true);
      expect(unshared.assessments.flatMap((row) => row.ratings)).toEqual([]);
    }

    const sharedIds = async (leader: typeof principal) =>
      (await leader.selfAssessment.sharedWithMe()).assessments.map((row) => row.id);
    expect(await sharedIds(principal)).not.toContain(someId);
    await teacher.selfAssessment.share({ selfAssessmentId: someId, shared: true });
    for (const leader of [principal, admin]) {
      const listed = await leader.selfAssessment.sharedWithMe();
      expect(listed.assessments.find((row) => row.id === someId)).toMatchObject({
        teacherName: "Maria Delgado",
        access: "content",
      });
      const shared = await leader.selfAssessment.forTeacher({ teacherId });
      const row = shared.assessments.find((item) => item.id === someId);
      expect(row?.access).toBe("content");
      expect(row?.ratings.length).toBeGreaterThan(0);
    }

    await teacher.selfAssessment.share({ selfAssessmentId: someId, shared: false });
    const unsharedAgain = await principal.selfAssessment.forTeacher({ teacherId });
    expect(unsharedAgain.assessments.flatMap((row) => row.ratings)).toEqual([]);
    expect(await sharedIds(principal)).not.toContain(someId);
    // The teacher's coach is not a leader of hers: nothing is "shared with" them.
    expect(await sharedIds(coach)).not.toContain(someId);
  });

  it("shares only the teacher's own, and refuses people with no tie to the teacher", async () => {
    const maria = await stageOf("teacher@maplevalley.test");
    const coach = await api.callerFor("coach@maplevalley.test");
    const someId = (await coach.selfAssessment.forTeacher({ teacherId: maria.teacherId }))
      .assessments[0]?.id;
    const colleague = await api.callerFor(demoEmail.unassessedTeacher);
    expect(
      await codeOf(
        colleague.selfAssessment.share({ selfAssessmentId: someId ?? "", shared: true }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(colleague.selfAssessment.forTeacher({ teacherId: maria.teacherId }))).toBe(
      "FORBIDDEN",
    );
    const otherPrincipal = await api.callerFor("sandra.villanueva@maplevalley.test");
    expect(
      await codeOf(otherPrincipal.selfAssessment.forTeacher({ teacherId: maria.teacherId })),
    ).toBe("FORBIDDEN");
  });

  it("puts the teacher's self-rated gaps among their recommendations, with the reason", async () => {
    // Priya rated herself at the start of her stage; nobody has seen her teach since.
    const priya = await api.callerFor("priya.raman@maplevalley.test");
    const reasons = (await priya.recommendations.mine()).map((item) => item.reason);
    expect(reasons.some((reason) => reason.includes("You rated ‘"))).toBe(true);
  });
});
