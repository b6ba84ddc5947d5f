import { describe, expect, it } from "vitest";
import type { PassingRule, Rubric } from "../credential.ts";
import { completeAnswersSchema, completeScoringSchema } from "./complete-scoring.ts";

const rubric: Rubric = {
  levels: [
    { key: "developing", label: "Developing" },
    { key: "proficient", label: "Proficient" },
  ],
  criteria: ["plan", "evidence"].map((key) => ({
    key,
    name: key === "plan" ? "The plan" : "The evidence",
    descriptors: { developing: "d", proficient: "p" },
  })),
};
const rule: PassingRule = { minimumLevel: "proficient", allowedOneBelow: 1 };

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.join("."));
}

describe("completeScoringSchema", () => {
  it("accepts a level for every criterion, with feedback where one is under the bar", () => {
    const scoring = {
      scores: { plan: "proficient", evidence: "developing" },
      feedback: { evidence: "Add two samples of student work." },
    };
    expect(completeScoringSchema(rubric, rule).safeParse(scoring).success).toBe(true);
  });

  it("names each missing level, each unknown level and each missing feedback by its field", () => {
    const result = completeScoringSchema(rubric, rule).safeParse({
      scores: { plan: "superb" },
      feedback: {},
    });
    expect(problems(result).sort()).toEqual(["scores.evidence", "scores.plan"]);
    const noFeedback = completeScoringSchema(rubric, rule).safeParse({
      scores: { plan: "developing", evidence: "proficient" },
      feedback: { plan: "  " },
    });
    expect(problems(noFeedback)).toEqual(["feedback.plan"]);
    expect(noFeedback.error?.issues[0]?.message).toBe(
      "Tell the teacher what would reach Proficient on “The plan”.",
    );
  });
});

describe("completeAnswersSchema", () => {
  const samples = [
    { id: "s1", title: "Sample one" },
    { id: "s2", title: "Sample two" },
  ];

  it("asks for every sample and every criterion", () => {
    const complete = {
      s1: { plan: "proficient", evidence: "developing" },
      s2: { plan: "developing", evidence: "proficient" },
    };
    expect(completeAnswersSchema(rubric, samples).safeParse({ answers: complete }).success).toBe(
      true,
    );
    const result = completeAnswersSchema(rubric, samples).safeParse({
      answers: { s1: { plan: "proficient" } },
    });
    expect(problems(result).sort()).toEqual(["answers.s1.evidence", "answers.s2"]);
  });
});
