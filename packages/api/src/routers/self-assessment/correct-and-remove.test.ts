import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { firstStageOf } from "../../testing/first-stage.ts";
import { selfRating } from "../../testing/self-rating.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The teacher corrects or deletes their own self-assessment, and nobody else can: their coach,
 * principal and district admin are refused with the reason, another district's id is unknown.
 * A second start (or end) rating of a stage is refused on the moment; check-ins are unlimited.
 */

const api = testApiPerFile();

async function stageOf(email: string) {
  const { teacher, stageId } = await firstStageOf(api, email);
  const view = await teacher.selfAssessment.stage({ stageId });
  const [first, second] = view.indicators;
  if (!first || !second) throw new Error("The stage has too few indicators.");
  return { teacher, stageId, first, second };
}

async function ratingsOf(selfAssessmentId: string) {
  return rawRows<{ level_rank: number; note: string | null }>(
    api.db,
    sql`select level_rank, note from self_assessment_rating
        where self_assessment_id = ${selfAssessmentId} order by level_rank, note`,
  );
}

describe("selfAssessment.update and selfAssessment.remove", () => {
  it("lets the teacher correct a rating and a note, keeping its moment and day", async () => {
    const { teacher, stageId, first, second } = await stageOf(demoEmail.unassessedTeacher);
    const made = await teacher.selfAssessment.record({
      stageId,
      moment: "check_in",
      ratings: [selfRating(first, 0, "Typed the wrong level"), selfRating(second, 1)],
    });
    await teacher.selfAssessment.update({
      selfAssessmentId: made.id,
      ratings: [selfRating(first, 2, "Corrected"), selfRating(second, 1, "Added a note")],
    });
    expect(await ratingsOf(made.id)).toEqual([
      { level_rank: 1, note: "Added a note" },
      { level_rank: 2, note: "Corrected" },
    ]);
    const view = await teacher.selfAssessment.stage({ stageId });
    const corrected = view.assessments.find((row) => row.id === made.id);
    expect(corrected).toMatchObject({ moment: "check_in", assessedOn: made.assessedOn });
    expect(view.change.find((row) => row.indicatorId === first.id)?.first.rank).toBe(2);
  });

  it("refuses a correction naming an indicator not of the stage or a level off the scale", async () => {
    const { teacher, stageId, first } = await stageOf(demoEmail.unassessedTeacher);
    const made = await teacher.selfAssessment.record({
      stageId,
      moment: "check_in",
      ratings: [selfRating(first, 1)],
    });
    const refusedFields = async (rating: ReturnType<typeof selfRating>) =>
      (
        await refusalOf(
          teacher.selfAssessment.update({ selfAssessmentId: made.id, ratings: [rating] }),
        )
      ).fieldErrors;
    expect(await refusedFields(selfRating(first, 9))).toEqual([
      { path: "ratings.0.levelRank", message: "Choose one of the district's levels." },
    ]);
    const [otherIndicator] = await rawRows<{ id: string }>(
      api.db,
      sql`select i.id::text as id from indicator i join district d on d.id = i.district_id
          where d.slug = 'maple-valley' and i.id not in (
            select si.indicator_id from session_indicator si
            join micropd_session s on s.id = si.session_id where s.stage_id = ${stageId})
          limit 1`,
    );
    if (otherIndicator) {
      expect(await refusedFields(selfRating(otherIndicator, 1))).toEqual([
        { path: "ratings.0.indicatorId", message: "This indicator is not one of the stage's." },
      ]);
    }
    expect(await ratingsOf(made.id)).toEqual([{ level_rank: 1, note: null }]);
  });

  it("lets the teacher delete one: it leaves their ratings, and the start can be rated again", async () => {
    const { teacher, stageId, first } = await stageOf(demoEmail.unassessedTeacher);
    const before = await teacher.selfAssessment.stage({ stageId });
    const made = await teacher.selfAssessment.record({
      stageId,
      moment: before.momentsOpen.includes("start") ? "start" : "check_in",
      ratings: [selfRating(first, 1, "Delete me")],
    });
    expect(await teacher.selfAssessment.remove({ selfAssessmentId: made.id })).toEqual({
      deleted: true,
    });
    const after = await teacher.selfAssessment.stage({ stageId });
    expect(after.assessments.map((row) => row.id)).not.toContain(made.id);
    expect(after.momentsOpen).toEqual(before.momentsOpen);
    expect(await ratingsOf(made.id)).toEqual([]);
    expect(await codeOf(teacher.selfAssessment.remove({ selfAssessmentId: made.id }))).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses the coach, the principal and the district admin, each with the reason", async () => {
    const { teacher, stageId, first } = await stageOf("teacher@maplevalley.test");
    const made = await teacher.selfAssessment.record({
      stageId,
      moment: "check_in",
      ratings: [selfRating(first, 1, "Mine alone")],
    });
    const ratings = [selfRating(first, 3, "Changed by someone else")];
    for (const email of [
      "coach@maplevalley.test",
      "principal@maplevalley.test",
      "admin@maplevalley.test",
    ]) {
      const other = await api.callerFor(email);
      for (const call of [
        () => other.selfAssessment.update({ selfAssessmentId: made.id, ratings }),
        () => other.selfAssessment.remove({ selfAssessmentId: made.id }),
      ]) {
        await expect(call(), email).rejects.toMatchObject({
          code: "FORBIDDEN",
          message: expect.stringMatching(/teacher|only/i),
        });
      }
    }
    // The teacher leader who facilitates her team teaches and coaches, and is not the owner either.
    const colleague = await api.callerFor("leader@maplevalley.test");
    await expect(
      colleague.selfAssessment.update({ selfAssessmentId: made.id, ratings }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the teacher who rated themselves can change or delete a self-assessment.",
    });
    await expect(
      colleague.selfAssessment.remove({ selfAssessmentId: made.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await ratingsOf(made.id)).toEqual([{ level_rank: 1, note: "Mine alone" }]);
  });

  it("treats another district's self-assessment as unknown", async () => {
    const elsewhere = await stageOf("aaron.feld@cedarridge.test");
    const made = await elsewhere.teacher.selfAssessment.record({
      stageId: elsewhere.stageId,
      moment: "check_in",
      ratings: [selfRating(elsewhere.first, 1, "Cedar Ridge")],
    });
    const teacher = await api.callerFor(demoEmail.unassessedTeacher);
    const ratings = [selfRating(elsewhere.first, 2)];
    expect(
      await codeOf(teacher.selfAssessment.update({ selfAssessmentId: made.id, ratings })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(teacher.selfAssessment.remove({ selfAssessmentId: made.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await ratingsOf(made.id)).toEqual([{ level_rank: 1, note: "Cedar Ridge" }]);
  });
});

describe("selfAssessment.record: one start and one end per stage", () => {
  it("refuses a second start and a second end on the moment; check-ins stay unlimited", async () => {
    const { teacher, stageId, first } = await stageOf("hannah.lindqvist@maplevalley.test");
    const rate = (moment: "start" | "end" | "check_in") =>
      teacher.selfAssessment.record({
        stageId,
        moment,
        ratings: [selfRating(first, 1)],
      });
    const opened = (await teacher.selfAssessment.stage({ stageId })).momentsOpen;
    if (opened.includes("start")) await rate("start");
    const secondStart = await refusalOf(rate("start"));
    expect(secondStart).toEqual({
      code: "CONFLICT",
      fieldErrors: [
        {
          path: "moment",
          message:
            "You already rated yourself at the start of this stage. Change that rating instead, or rate yourself as a check-in.",
        },
      ],
    });
    if (opened.includes("end")) await rate("end");
    expect((await refusalOf(rate("end"))).code).toBe("CONFLICT");
    for (let times = 0; times < 3; times += 1) await rate("check_in");
    const view = await teacher.selfAssessment.stage({ stageId });
    expect(view.momentsOpen).toEqual(["check_in"]);
    expect(view.assessments.filter((row) => row.moment === "start")).toHaveLength(1);
    expect(view.assessments.filter((row) => row.moment === "end")).toHaveLength(1);
    expect(view.assessments.filter((row) => row.moment === "check_in").length).toBeGreaterThan(2);
  });

  it("lets two submissions of the start at once record only one", async () => {
    const { stageId, first } = await stageOf("samuel.adeyemi@maplevalley.test");
    const [one, two] = await Promise.all([
      api.callerFor("samuel.adeyemi@maplevalley.test"),
      api.callerFor("samuel.adeyemi@maplevalley.test"),
    ]);
    const input = {
      stageId,
      moment: "start" as const,
      ratings: [selfRating(first, 1)],
    };
    const codes = await Promise.all([
      codeOf(one.selfAssessment.record(input)),
      codeOf(two.selfAssessment.record(input)),
    ]);
    const starts = await rawRows<{ n: number }>(
      api.db,
      sql`select count(*)::int as n from self_assessment a join person p on p.id = a.teacher_id
          where p.email = 'samuel.adeyemi@maplevalley.test' and a.stage_id = ${stageId}
          and a.moment = 'start'`,
    );
    expect(starts[0]?.n).toBe(1);
    expect(codes.sort()).toEqual(["CONFLICT", "OK"]);
  });
});
