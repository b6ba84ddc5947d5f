import { describe, expect, it } from "vitest";
import type { Rubric } from "../credential.ts";
import { sameRubricKeys } from "./rubric-keys.ts";

function rubric(criteria: string[], levels: string[], label = "Level"): Rubric {
  return {
    levels: levels.map((key) => ({ key, label: `${label} ${key}` })),
    criteria: criteria.map((key) => ({
      key,
      name: `Criterion ${key}`,
      descriptors: Object.fromEntries(levels.map((level) => [level, `${key} at ${level}.`])),
    })),
  };
}

const base = rubric(["focus", "evidence"], ["beginning", "proficient", "exemplary"]);

describe("sameRubricKeys", () => {
  it.each([
    ["an identical rubric", base, true],
    [
      "new labels and descriptors",
      rubric(["focus", "evidence"], ["beginning", "proficient", "exemplary"], "Renamed"),
      true,
    ],
    [
      "criteria in another order",
      rubric(["evidence", "focus"], ["beginning", "proficient", "exemplary"]),
      true,
    ],
    [
      "a criterion added",
      rubric(["focus", "evidence", "pacing"], ["beginning", "proficient", "exemplary"]),
      false,
    ],
    ["a criterion removed", rubric(["focus"], ["beginning", "proficient", "exemplary"]), false],
    [
      "a criterion renamed by key",
      rubric(["focus", "data"], ["beginning", "proficient", "exemplary"]),
      false,
    ],
    [
      "a level added",
      rubric(["focus", "evidence"], ["beginning", "developing", "proficient", "exemplary"]),
      false,
    ],
    [
      "a level key changed",
      rubric(["focus", "evidence"], ["beginning", "proficient", "advanced"]),
      false,
    ],
  ])("%s", (_case, after, expected) => {
    expect(sameRubricKeys(base, after)).toBe(expected);
  });
});
