import { describe, expect, it } from "vitest";
import type { CriterionScores, PassingRule, Rubric } from "../credential.ts";
import { calibrationResult } from "./calibration-agreement.ts";

const levels = ["beginning", "developing", "proficient", "exemplary"] as const;
const criteria = ["a", "b", "c", "d", "e"] as const;
const rubric: Rubric = {
  levels: levels.map((key) => ({ key, label: key })),
  criteria: criteria.map((key) => ({
    key,
    name: key,
    descriptors: Object.fromEntries(levels.map((level) => [level, level])),
  })),
};
const rule: PassingRule = { minimumLevel: "proficient", allowedOneBelow: 0 };

function all(level: string): CriterionScores {
  return Object.fromEntries(criteria.map((key) => [key, level]));
}

/** Two samples of five criteria: ten scores; one passing sample, one not. */
const references = [
  { sampleId: "strong", scores: all("proficient") },
  { sampleId: "weak", scores: { ...all("proficient"), c: "developing", d: "beginning" } },
];

describe("calibrationResult", () => {
  it.each([
    [
      "every score matches",
      { strong: all("proficient"), weak: references[1]?.scores ?? {} },
      10,
      true,
    ],
    [
      // 8 of 10 exact (80 %), both outcomes right: the boundary is inclusive.
      "two scores off, outcomes kept",
      {
        strong: { ...all("proficient"), a: "exemplary", b: "exemplary" },
        weak: references[1]?.scores ?? {},
      },
      8,
      true,
    ],
    [
      // 7 of 10: below the threshold even though both outcomes match.
      "three scores off, outcomes kept",
      {
        strong: { ...all("proficient"), a: "exemplary", b: "exemplary", c: "exemplary" },
        weak: references[1]?.scores ?? {},
      },
      7,
      false,
    ],
    [
      // 9 of 10 agree, but the strong sample is judged not yet: an outcome differs.
      "one score off that flips an outcome",
      { strong: { ...all("proficient"), e: "developing" }, weak: references[1]?.scores ?? {} },
      9,
      false,
    ],
    [
      // 9 of 10 agree, and the weak sample stays not yet with a different low score.
      "one score off that keeps the outcome",
      { strong: all("proficient"), weak: { ...(references[1]?.scores ?? {}), d: "developing" } },
      9,
      true,
    ],
    ["a sample left unanswered", { strong: all("proficient") }, 5, false],
    ["nothing answered", {}, 0, false],
  ] as const)("%s", (_name, answers, agreed, certified) => {
    const result = calibrationResult(rubric, rule, references, answers);
    expect(result.agreed).toBe(agreed);
    expect(result.total).toBe(10);
    expect(result.certified).toBe(certified);
    expect(result.differences).toHaveLength(10 - agreed);
  });

  it("names each difference and each outcome the candidate got wrong", () => {
    const result = calibrationResult(rubric, rule, references, {
      strong: { ...all("proficient"), e: "developing" },
      weak: references[1]?.scores ?? {},
    });
    expect(result.differences).toEqual([
      { sampleId: "strong", criterionKey: "e", expected: "proficient", given: "developing" },
    ]);
    expect(result.outcomeMismatches).toEqual([
      { sampleId: "strong", expected: "earned", given: "not_yet" },
    ]);
    expect(result.agreement).toBeCloseTo(0.9);
  });

  it("certifies nobody against an empty set", () => {
    expect(calibrationResult(rubric, rule, [], {}).certified).toBe(false);
  });
});
