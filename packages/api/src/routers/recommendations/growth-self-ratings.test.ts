import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The growth chart's self-ratings, through the real router: the teacher's own ratings per
 * indicator over time sit beside the levels seen, kept apart from them, for the teacher and the
 * coach who supports them; an evaluator gets no growth at all.
 */

const api = testApiPerFile();

describe("recommendations.growth: self-ratings", () => {
  it("shows the teacher's self-ratings per indicator, oldest first, apart from what was seen", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
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

    const [me] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from person where email = ${demoEmail.teacher}`,
    );
    const coach = await api.callerFor("coach@maplevalley.test");
    const asCoach = await coach.recommendations.growth({ teacherId: me?.id ?? "" });
    expect(
      asCoach.indicators
        .find((item) => item.id === indicator.id)
        ?.selfRatings.filter((point) => point.on === assessedOn)
        .at(-1),
    ).toEqual({ on: assessedOn, rank: 2, moment: "check_in" });

    const principal = await api.callerFor("principal@maplevalley.test");
    expect(await codeOf(principal.recommendations.growth({ teacherId: me?.id ?? "" }))).toBe(
      "FORBIDDEN",
    );
  });
});
