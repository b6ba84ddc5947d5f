import { describe, expect, it } from "vitest";
import type { CriterionScores, PassingRule, Rubric } from "../credential.ts";
import { outcomeOf } from "./credential-passing.ts";

const rubric: Rubric = {
  levels: [
    { key: "beginning", label: "Beginning" },
    { key: "developing", label: "Developing" },
    { key: "proficient", label: "Proficient" },
    { key: "exemplary", label: "Exemplary" },
  ],
  criteria: ["plan", "evidence", "reflection"].map((key) => ({
    key,
    name: key,
    descriptors: { beginning: "b", developing: "d", proficient: "p", exemplary: "e" },
  })),
};

const strict: PassingRule = { minimumLevel: "proficient", allowedOneBelow: 0 };
const lenient: PassingRule = { minimumLevel: "proficient", allowedOneBelow: 1 };

function scores(plan: string, evidence: string, reflection: string): CriterionScores {
  return { plan, evidence, reflection };
}

describe("outcomeOf", () => {
  it.each([
    ["all proficient", strict, scores("proficient", "proficient", "proficient"), "earned"],
    ["all exemplary", strict, scores("exemplary", "exemplary", "exemplary"), "earned"],
    ["mixed at or above", strict, scores("exemplary", "proficient", "exemplary"), "earned"],
    ["one developing, strict", strict, scores("proficient", "developing", "proficient"), "not_yet"],
    ["one beginning, strict", strict, scores("exemplary", "beginning", "exemplary"), "not_yet"],
    [
      "one developing, one allowed",
      lenient,
      scores("proficient", "developing", "exemplary"),
      "earned",
    ],
    [
      "two developing, one allowed",
      lenient,
      scores("developing", "developing", "exemplary"),
      "not_yet",
    ],
    [
      "one beginning, one allowed (two below)",
      lenient,
      scores("beginning", "proficient", "proficient"),
      "not_yet",
    ],
    ["all beginning", lenient, scores("beginning", "beginning", "beginning"), "not_yet"],
    [
      "minimum is the lowest level",
      { minimumLevel: "beginning", allowedOneBelow: 0 },
      scores("beginning", "beginning", "beginning"),
      "earned",
    ],
    [
      "rule names a level the rubric lacks",
      { minimumLevel: "mastery", allowedOneBelow: 0 },
      scores("exemplary", "exemplary", "exemplary"),
      "not_yet",
    ],
  ] as const)("%s → %s", (_name, rule, given, expected) => {
    expect(outcomeOf(rubric, rule, given)).toEqual({ complete: true, outcome: expected });
  });

  it.each([
    ["a criterion unscored", { plan: "proficient", evidence: "proficient" }, ["reflection"]],
    ["a level the rubric lacks", scores("proficient", "superb", "proficient"), ["evidence"]],
    ["nothing scored", {}, ["plan", "evidence", "reflection"]],
  ] as const)("reports %s instead of guessing", (_name, given, unscored) => {
    expect(outcomeOf(rubric, strict, given)).toEqual({ complete: false, unscored });
  });

  it("ignores scores for criteria the rubric does not have", () => {
    const given = { ...scores("proficient", "proficient", "proficient"), extra: "beginning" };
    expect(outcomeOf(rubric, strict, given)).toEqual({ complete: true, outcome: "earned" });
  });
});
