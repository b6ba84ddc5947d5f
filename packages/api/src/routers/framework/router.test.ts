import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

describe("framework", () => {
  it("lists the three default stages in order with their sessions", async () => {
    const caller = await api.callerFor("teacher@maplevalley.test");
    const stages = await caller.framework.stages();
    // The framework's three stages, then the demo's second program's one.
    expect(stages.map((stage) => stage.position)).toEqual([1, 2, 3, 1]);
    const first = stages[0];
    expect(first?.title).toBe("High Performance Learning-Focused Lessons");
    const stage = await caller.framework.stage({ stageId: first?.id ?? "" });
    expect(stage.sessions.length).toBeGreaterThanOrEqual(8);
    expect(stage.sessions.map((session) => session.position)).toEqual(
      stage.sessions.map((_, index) => index + 1),
    );
  });

  it("answers a malformed id with BAD_REQUEST naming the field", async () => {
    const caller = await api.callerFor("teacher@maplevalley.test");
    const error = await caller.framework.stage({ stageId: "not-a-uuid" }).catch((caught) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("answers an unknown stage with NOT_FOUND", async () => {
    const caller = await api.callerFor("teacher@maplevalley.test");
    const error = await caller.framework
      .stage({ stageId: "00000000-0000-4000-8000-000000000000" })
      .catch((caught) => caught);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });
});
