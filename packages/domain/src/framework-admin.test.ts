import { describe, expect, it } from "vitest";
import {
  createIndicatorInputSchema,
  createSessionDraftSchema,
  createStageDraftSchema,
  isPlayableVideoUrl,
  reorderStagesInputSchema,
  saveBlocksInputSchema,
  updateProtocolInputSchema,
} from "./framework-admin.ts";

const id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const otherId = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
}

describe("stage drafts", () => {
  const stage = {
    programId: id,
    title: "Stage 4: Sustaining",
    summary: "Lead a colleague through the cycle.",
    meetingsRequired: 2,
    requiresConfirmation: true,
    openToAll: false,
  };

  it("accepts a stage with its completion rule", () => {
    expect(createStageDraftSchema.safeParse(stage).success).toBe(true);
  });

  it.each([-1, 21, 1.5])("refuses %s meetings required", (meetingsRequired) => {
    expect(pathsOf(createStageDraftSchema.safeParse({ ...stage, meetingsRequired }))).toEqual([
      "meetingsRequired",
    ]);
  });

  it("names a blank title", () => {
    expect(pathsOf(createStageDraftSchema.safeParse({ ...stage, title: "  " }))).toEqual(["title"]);
  });

  it("needs at least one stage id to reorder", () => {
    expect(pathsOf(reorderStagesInputSchema.safeParse({ programId: id, stageIds: [] }))).toEqual([
      "stageIds",
    ]);
  });
});

describe("session drafts", () => {
  const session = {
    stageId: id,
    title: "Peer visits",
    summary: "Visit a colleague's class with one question.",
    estimatedMinutes: 15,
    reflectionPrompts: ["What did you notice?"],
    indicatorIds: [otherId],
  };

  it("accepts a session", () => {
    expect(createSessionDraftSchema.safeParse(session).success).toBe(true);
  });

  it("needs 1 to 5 non-empty prompts", () => {
    expect(
      pathsOf(createSessionDraftSchema.safeParse({ ...session, reflectionPrompts: [] })),
    ).toEqual(["reflectionPrompts"]);
    expect(
      pathsOf(
        createSessionDraftSchema.safeParse({
          ...session,
          reflectionPrompts: Array(6).fill("Why?"),
        }),
      ),
    ).toEqual(["reflectionPrompts"]);
    expect(
      pathsOf(createSessionDraftSchema.safeParse({ ...session, reflectionPrompts: ["Why?", " "] })),
    ).toEqual(["reflectionPrompts.1"]);
  });

  it("refuses a duplicated indicator and minutes outside the micro range", () => {
    const result = createSessionDraftSchema.safeParse({
      ...session,
      estimatedMinutes: 45,
      indicatorIds: [otherId, otherId],
    });
    expect(pathsOf(result).sort()).toEqual(["estimatedMinutes", "indicatorIds"]);
  });
});

describe("saveBlocksInputSchema", () => {
  const video = {
    kind: "video",
    url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    title: "A lesson opening",
    transcript: "The teacher greets the class.",
  };

  it("accepts every kind of block", () => {
    const result = saveBlocksInputSchema.safeParse({
      sessionId: id,
      blocks: [
        video,
        { kind: "reading", markdown: "# Why\nBecause." },
        { kind: "strategy_card", title: "Think-pair-share", steps: ["Think", "Pair", "Share"] },
        { kind: "classroom_task", instructions: "Try it tomorrow." },
      ],
    });
    expect(result.success).toBe(true);
  });

  it("names the url of a video that cannot play, and a missing transcript", () => {
    const result = saveBlocksInputSchema.safeParse({
      sessionId: id,
      blocks: [
        { kind: "reading", markdown: "Read this." },
        { ...video, url: "https://example.com/a-page", transcript: "" },
      ],
    });
    expect(pathsOf(result).sort()).toEqual(["blocks.1.transcript", "blocks.1.url"]);
  });

  it("refuses a javascript: address", () => {
    const result = saveBlocksInputSchema.safeParse({
      sessionId: id,
      blocks: [{ ...video, url: "javascript:alert(1)" }],
    });
    expect(pathsOf(result)).toContain("blocks.0.url");
  });

  it("needs at least one block", () => {
    expect(pathsOf(saveBlocksInputSchema.safeParse({ sessionId: id, blocks: [] }))).toEqual([
      "blocks",
    ]);
  });

  it("knows which addresses play", () => {
    expect(isPlayableVideoUrl("https://vimeo.com/123456")).toBe(true);
    expect(isPlayableVideoUrl("https://cdn.example.com/clip.mp4")).toBe(true);
    expect(isPlayableVideoUrl("https://example.com/watch")).toBe(false);
  });
});

describe("indicator and protocol inputs", () => {
  it("names a malformed indicator code", () => {
    const result = createIndicatorInputSchema.safeParse({
      code: "one",
      title: "Checks for understanding",
      description: "Asks every student.",
    });
    expect(pathsOf(result)).toEqual(["code"]);
  });

  it("updates a protocol with the create rules", () => {
    const result = updateProtocolInputSchema.safeParse({
      protocolId: id,
      name: "Tuning",
      purpose: "Refine a piece of work.",
      steps: [],
    });
    expect(pathsOf(result)).toEqual(["steps"]);
  });
});
