import { describe, expect, it } from "vitest";
import { expectedOn, type GoalPlan, goalProgress, type Measurement } from "./team-goal-progress.ts";

/** From 40% on 1 Sep to 70% on 1 Mar (181 days): a 30-point rise, tolerance 3 points. */
const rising: GoalPlan = {
  baselineValue: 40,
  targetValue: 70,
  startsOn: "2026-09-01",
  targetOn: "2027-03-01",
};

/** From 30% below basic down to 15%. */
const falling: GoalPlan = { ...rising, baselineValue: 30, targetValue: 15 };

describe("expectedOn", () => {
  it.each<[string, string, number]>([
    ["before the start: the baseline", "2026-08-01", 40],
    ["on the start: the baseline", "2026-09-01", 40],
    ["on the target date: the target", "2027-03-01", 70],
    ["after the target date: the target", "2027-06-01", 70],
  ])("%s", (_, on, expected) => {
    expect(expectedOn(rising, on)).toBe(expected);
  });

  it("halfway in time is halfway in value", () => {
    const halfway = "2026-11-30"; // 90 of 181 days
    expect(expectedOn(rising, halfway)).toBeCloseTo(40 + 30 * (90 / 181), 6);
  });
});

describe("goalProgress", () => {
  it.each<[string, GoalPlan, Measurement[], ReturnType<typeof goalProgress>["status"]]>([
    ["no measure yet", rising, [], "not_measured"],
    [
      "exactly on the line",
      rising,
      [{ on: "2026-11-30", value: 40 + 30 * (90 / 181) }],
      "on_track",
    ],
    ["ahead of the line", rising, [{ on: "2026-11-30", value: 60 }], "on_track"],
    ["behind, within the tolerance", rising, [{ on: "2026-11-30", value: 52 }], "on_track"],
    ["behind, past the tolerance", rising, [{ on: "2026-11-30", value: 50 }], "off_track"],
    ["target reached early", rising, [{ on: "2026-11-30", value: 70 }], "met"],
    ["past the target date, short of it", rising, [{ on: "2027-04-01", value: 66 }], "off_track"],
    [
      "past the target date, within tolerance",
      rising,
      [{ on: "2027-04-01", value: 68 }],
      "on_track",
    ],
    [
      "the latest by date decides, whatever the order",
      rising,
      [
        { on: "2026-12-15", value: 45 },
        { on: "2026-10-01", value: 50 },
      ],
      "off_track",
    ],
    ["a falling goal, falling fast enough", falling, [{ on: "2026-11-30", value: 22 }], "on_track"],
    ["a falling goal, not falling", falling, [{ on: "2026-11-30", value: 29 }], "off_track"],
    ["a falling goal, below its target", falling, [{ on: "2026-11-30", value: 14 }], "met"],
  ])("%s", (_, plan, measurements, status) => {
    expect(goalProgress(plan, measurements).status).toBe(status);
  });

  it("names the latest measure and the line's value on its date", () => {
    const progress = goalProgress(rising, [{ on: "2027-03-01", value: 65 }]);
    expect(progress.latest).toEqual({ on: "2027-03-01", value: 65 });
    expect(progress.expected).toBe(70);
  });
});
