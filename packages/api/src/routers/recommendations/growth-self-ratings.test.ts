import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The growth chart's self-ratings, through the real router: the teacher's own ratings per
 * indicator over time sit beside the levels seen, kept apart from them, for the teacher and the
 * coach who supports them; an evaluator gets no growth at all.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal", TestPerson>;

// A teacher enrolled in a cohort her coach leads, and her school's principal.
beforeAll(async () => {
  district = await testDistrict(api);
  people = await district.coachedTeacher();
});

describe("recommendations.growth: self-ratings", () => {
  it("shows the teacher's self-ratings per indicator, oldest first, apart from what was seen", async () => {
    const teacher = await district.callerFor(people.teacher);
    const home = await teacher.teacher.home();
    const stageId = home.enrolments[0]?.stage.id ?? "";
    const [indicator] = (await teacher.selfAssessment.stage({ stageId })).indicators;
    if (!indicator) throw new Error("The stage has no indicator.");
    const rate = (levelRank: number) =>
      teacher.selfAssessment.record({
        stageId,
        moment: "check_in",
        ratings: [{ indicatorId: indicator.id, levelRank, note: null }],
      });
    await rate(1);
    const { assessedOn } = await rate(2);

    const growth = await teacher.recommendations.growth();
    const row = growth.indicators.find((item) => item.id === indicator.id);
    expect(row?.selfRatings.filter((point) => point.on === assessedOn).slice(-2)).toEqual([
      { on: assessedOn, rank: 1, moment: "check_in" },
      { on: assessedOn, rank: 2, moment: "check_in" },
    ]);
    // Self-ratings never enter the levels seen.
    const sources = new Set(growth.indicators.flatMap((item) => item.points.map((p) => p.source)));
    expect([...sources].every((source) => source !== ("self" as string))).toBe(true);

    const coach = await district.callerFor(people.coach);
    const asCoach = await coach.recommendations.growth({ teacherId: people.teacher.id });
    expect(
      asCoach.indicators
        .find((item) => item.id === indicator.id)
        ?.selfRatings.filter((point) => point.on === assessedOn)
        .at(-1),
    ).toEqual({ on: assessedOn, rank: 2, moment: "check_in" });

    const principal = await district.callerFor(people.principal);
    expect(await codeOf(principal.recommendations.growth({ teacherId: people.teacher.id }))).toBe(
      "FORBIDDEN",
    );
  });
});
