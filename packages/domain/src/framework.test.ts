import { describe, expect, it } from "vitest";
import { contentBlockKindSchema } from "./enums.ts";
import { contentBlockSchema, indicatorSchema, microPdSessionSchema } from "./framework.ts";

const session = {
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  stageId: "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
  position: 1,
  title: "The essential question",
  summary: "Frame the lesson around one question students can answer at the end.",
  estimatedMinutes: 15,
  indicatorIds: [],
  reflectionPrompts: ["How did your students answer the essential question?"],
};

describe("microPdSessionSchema", () => {
  it("accepts a 10 to 20 minute session", () => {
    for (const estimatedMinutes of [10, 15, 20]) {
      expect(microPdSessionSchema.safeParse({ ...session, estimatedMinutes }).success).toBe(true);
    }
  });

  it.each([9, 21, 0])("refuses %i minutes with a human message", (estimatedMinutes) => {
    const result = microPdSessionSchema.safeParse({ ...session, estimatedMinutes });
    expect(result.error?.issues).toMatchObject([
      { path: ["estimatedMinutes"], message: "Estimated minutes must be between 10 and 20" },
    ]);
  });

  it("needs at least one reflection prompt", () => {
    const result = microPdSessionSchema.safeParse({ ...session, reflectionPrompts: [] });
    expect(result.error?.issues[0]?.message).toBe("Add at least one reflection prompt");
  });
});

describe("indicatorSchema codes", () => {
  it.each([
    ["1", true],
    ["1.2", true],
    ["2.3.1", true],
    ["1.", false],
    ["A.1", false],
    ["", false],
  ])("%j is valid: %s", (code, valid) => {
    const indicator = {
      id: session.id,
      code,
      title: "Uses an essential question",
      description: "The lesson is framed by a question students answer at the end.",
    };
    expect(indicatorSchema.safeParse(indicator).success).toBe(valid);
  });
});

describe("contentBlockSchema", () => {
  it("has one block shape for every content block kind", () => {
    const kinds = contentBlockSchema.options.map((option) => option.shape.kind.value);
    expect(kinds.sort()).toEqual([...contentBlockKindSchema.options].sort());
  });

  it.each([
    { kind: "video", url: "https://video.example.org/1", title: "Model lesson", transcript: "…" },
    { kind: "reading", markdown: "# Backward planning" },
    { kind: "strategy_card", title: "Think-pair-share", steps: ["Think", "Pair", "Share"] },
    { kind: "classroom_task", instructions: "Post an essential question for tomorrow's lesson." },
  ])("accepts a $kind block", (block) => {
    expect(contentBlockSchema.parse(block)).toEqual(block);
  });

  it("refuses a video link that is not a web address", () => {
    const block = { kind: "video", url: "javascript:alert(1)", title: "Model", transcript: "…" };
    expect(contentBlockSchema.safeParse(block).error?.issues[0]?.path).toEqual(["url"]);
  });

  it("refuses an unknown kind", () => {
    expect(contentBlockSchema.safeParse({ kind: "quiz" }).success).toBe(false);
  });
});
