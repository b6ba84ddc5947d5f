import { describe, expect, it } from "vitest";
import {
  addActionStepInputSchema,
  mayCommentOnPlan,
  saveActionPlanInputSchema,
  updateActionStepInputSchema,
} from "./action-plan.ts";
import { planCommentInputSchema } from "./plan-comment.ts";

const id = (n: number) => `0197a3c2-7f7e-7a1b-8c3d-${String(n).padStart(12, "0")}`;

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe("saveActionPlanInputSchema", () => {
  const valid = {
    stageId: id(1),
    goal: "  More students explain their thinking.  ",
    indicatorIds: [],
  };

  it("trims the goal", () => {
    expect(saveActionPlanInputSchema.parse(valid).goal).toBe(
      "More students explain their thinking.",
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a blank goal", { goal: "   " }, "Write a goal for this stage"],
    [
      "a goal that is too long",
      { goal: "x".repeat(1001) },
      "Goal must be 1000 characters or fewer",
    ],
    ["the same indicator twice", { indicatorIds: [id(2), id(2)] }, "Choose each indicator once"],
    [
      "too many indicators",
      { indicatorIds: [1, 2, 3, 4, 5, 6].map(id) },
      "Choose at most 5 indicators",
    ],
    ["a bad indicator id", { indicatorIds: ["nope"] }, "This is not a valid id"],
  ])("refuses %s", (_name, overrides, message) => {
    expect(messages(saveActionPlanInputSchema.safeParse({ ...valid, ...overrides }))).toContain(
      message,
    );
  });
});

describe("step inputs", () => {
  it("adds a step with no due date unless given", () => {
    expect(
      addActionStepInputSchema.parse({ planId: id(1), description: "Try it" }).dueOn,
    ).toBeNull();
    expect(
      messages(
        addActionStepInputSchema.safeParse({ planId: id(1), description: "Try", dueOn: "soon" }),
      ),
    ).toContain("Enter a date like 2026-11-25");
  });

  it("changes only the fields given, and clears blank evidence to null", () => {
    const parsed = updateActionStepInputSchema.parse({
      stepId: id(1),
      baseRevision: 3,
      status: "done",
      evidenceText: "  ",
    });
    expect(parsed).toEqual({ stepId: id(1), baseRevision: 3, status: "done", evidenceText: null });
  });

  it("refuses a link that is not a web address", () => {
    expect(
      messages(
        updateActionStepInputSchema.safeParse({
          stepId: id(1),
          baseRevision: 0,
          evidenceUrl: "javascript:alert(1)",
        }),
      ),
    ).toContain("Enter a web address starting with https://");
  });

  it("refuses an unknown status", () => {
    expect(
      updateActionStepInputSchema.safeParse({ stepId: id(1), baseRevision: 0, status: "maybe" })
        .success,
    ).toBe(false);
  });

  it("needs the revision the edit was made from", () => {
    expect(updateActionStepInputSchema.safeParse({ stepId: id(1), status: "done" }).success).toBe(
      false,
    );
  });
});

describe("comments", () => {
  it("is about the whole plan unless a step is named", () => {
    expect(planCommentInputSchema.parse({ planId: id(1), body: "Nice start" })).toEqual({
      planId: id(1),
      stepId: null,
      replyToId: null,
      body: "Nice start",
    });
  });

  it("refuses a blank comment", () => {
    expect(messages(planCommentInputSchema.safeParse({ planId: id(1), body: " " }))).toContain(
      "Write a comment",
    );
  });

  it("lets the teacher and coaches comment, not teammates", () => {
    expect(mayCommentOnPlan("owner")).toBe(true);
    expect(mayCommentOnPlan("coach")).toBe(true);
    expect(mayCommentOnPlan("teammate")).toBe(false);
  });
});
