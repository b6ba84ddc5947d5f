import { describe, expect, it } from "vitest";
import { definitionKeySchema } from "./credential.ts";
import {
  badgeStanding,
  certificationStanding,
  credentialDefinitionSchema,
  keyFromLabel,
  uniqueKeys,
} from "./credential-admin.ts";

const DAY = 86_400_000;
const now = new Date("2026-11-02T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe("keys made from labels", () => {
  it.each([
    ["Lesson plan", "lesson_plan"],
    ["  Student work (3 samples) ", "student_work_3_samples"],
    ["3 questions", "questions"],
    ["Élan & rigor", "elan_rigor"],
    ["!!!", "item"],
  ])("%s → %s", (label, key) => {
    expect(keyFromLabel(label)).toBe(key);
    expect(definitionKeySchema.safeParse(key).success).toBe(true);
  });

  it("numbers repeats so keys stay unique", () => {
    expect(uniqueKeys(["Plan", "plan", "Reflection"], "item")).toEqual([
      "plan",
      "plan_2",
      "reflection",
    ]);
  });
});

describe("standing", () => {
  it.each([
    [{ revokedAt: at(-1), validUntil: null }, "revoked"],
    [{ revokedAt: null, validUntil: at(-1) }, "expired"],
    [{ revokedAt: null, validUntil: at(1) }, "active"],
    [{ revokedAt: null, validUntil: null }, "active"],
  ] as const)("badge %o is %s", (badge, standing) => {
    expect(badgeStanding(badge, now)).toBe(standing);
  });

  it.each([
    [-1, "expired"],
    [30, "expiring"],
    [60, "expiring"],
    [61, "current"],
  ] as const)("a certification ending in %i days is %s", (days, standing) => {
    expect(certificationStanding(at(days), now)).toBe(standing);
  });
});

describe("the definition schema", () => {
  const valid = {
    name: "Exit tickets",
    competency: "Uses exit tickets.",
    keyMethod: "Assessment",
    criteriaNarrative: "Three tickets.",
    stageId: null,
    requirements: [{ key: "plan", kind: "files", label: "Plan" }],
    rubric: {
      levels: [
        { key: "low", label: "Low" },
        { key: "high", label: "High" },
      ],
      criteria: [
        { key: "a", name: "A", descriptors: { low: "l", high: "h" } },
        { key: "b", name: "B", descriptors: { low: "l", high: "h" } },
      ],
    },
    passingRule: { minimumLevel: "high", allowedOneBelow: 1 },
    pdHours: 1.5,
    validityMonths: null,
  };
  const pathsOf = (input: unknown) =>
    credentialDefinitionSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];

  it.each([
    ["a valid definition", valid, []],
    [
      "a level not in the rubric",
      { ...valid, passingRule: { minimumLevel: "top", allowedOneBelow: 0 } },
      ["passingRule.minimumLevel"],
    ],
    [
      "one below the lowest level",
      { ...valid, passingRule: { minimumLevel: "low", allowedOneBelow: 1 } },
      ["passingRule.allowedOneBelow"],
    ],
    [
      "every criterion allowed below",
      { ...valid, passingRule: { minimumLevel: "high", allowedOneBelow: 2 } },
      ["passingRule.allowedOneBelow"],
    ],
    [
      "two requirements with one name",
      { ...valid, requirements: [...valid.requirements, ...valid.requirements] },
      ["requirements.1.label"],
    ],
    ["negative PD hours", { ...valid, pdHours: -1 }, ["pdHours"]],
  ])("%s", (_, input, paths) => {
    expect(pathsOf(input)).toEqual(paths);
  });
});
