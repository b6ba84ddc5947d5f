import { describe, expect, it } from "vitest";
import {
  type HeldRole,
  type ProgramRequirement,
  programRequiredFor,
} from "./program-requirement.ts";

const requirements: ProgramRequirement[] = [
  { programId: "framework", role: "teacher", schoolId: null },
  { programId: "technology", role: "teacher", schoolId: "elementary" },
  { programId: "coaching", role: "coach", schoolId: null },
];

describe("programRequiredFor", () => {
  it.each<[string, string, HeldRole[], boolean]>([
    [
      "a district-wide requirement holds in every school",
      "framework",
      [{ role: "teacher", schoolId: "middle" }],
      true,
    ],
    [
      "a school's requirement holds there",
      "technology",
      [{ role: "teacher", schoolId: "elementary" }],
      true,
    ],
    [
      "a school's requirement does not hold in another school",
      "technology",
      [{ role: "teacher", schoolId: "middle" }],
      false,
    ],
    [
      "one of several roles is enough",
      "technology",
      [
        { role: "coach", schoolId: "middle" },
        { role: "teacher", schoolId: "elementary" },
      ],
      true,
    ],
    [
      "another role does not count",
      "coaching",
      [{ role: "teacher", schoolId: "elementary" }],
      false,
    ],
    [
      "a district-wide coach meets a district-wide requirement",
      "coaching",
      [{ role: "coach", schoolId: null }],
      true,
    ],
    [
      "a district-wide teacher role is in no one school",
      "technology",
      [{ role: "teacher", schoolId: null }],
      false,
    ],
    [
      "a program no requirement names is optional",
      "electives",
      [{ role: "teacher", schoolId: "elementary" }],
      false,
    ],
    ["nobody without a role must take anything", "framework", [], false],
  ])("%s", (_, programId, roles, expected) => {
    expect(programRequiredFor(programId, requirements, roles)).toBe(expected);
  });
});
