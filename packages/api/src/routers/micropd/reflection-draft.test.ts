import { describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

const teacher = "jamal.washington@maplevalley.test";

/** The teacher's next session: the one they are writing a reflection for. */
async function nextSessionId(): Promise<string> {
  const caller = await api.callerFor(teacher);
  const home = await caller.teacher.home();
  const stageId = home.enrolments[0]?.stage.id;
  if (!stageId) throw new Error("This teacher is not enrolled in a stage.");
  const next = (await caller.path.stage({ stageId })).enrolment?.next;
  if (!next || next.kind === "finished") throw new Error("This teacher has no next session.");
  return next.session.id;
}

describe("micropd.saveReflectionDraft", () => {
  it("keeps the reflection being written on the server, refuses an older revision and clears it on completion", async () => {
    const sessionId = await nextSessionId();
    // Two devices of the same teacher, both opened before anything was saved.
    const laptop = await api.callerFor(teacher);
    const phone = await api.callerFor(teacher);
    const opened = await laptop.micropd.session({ sessionId });
    expect(opened.reflectionDraft).toEqual({ text: null, revision: 0 });

    const first = await laptop.micropd.saveReflectionDraft({
      sessionId,
      text: "Half a thought about the essential question",
      baseRevision: opened.reflectionDraft.revision,
    });
    expect(first).toEqual({ outcome: "saved", revision: 1 });

    // A reload anywhere finds the draft.
    const reloaded = await phone.micropd.session({ sessionId });
    expect(reloaded.reflectionDraft).toEqual({
      text: "Half a thought about the essential question",
      revision: 1,
    });

    // The phone still based on revision 0 does not overwrite the laptop's text.
    const stale = await phone.micropd.saveReflectionDraft({
      sessionId,
      text: "Something else entirely",
      baseRevision: 0,
    });
    expect(stale).toEqual({
      outcome: "conflict",
      message: expect.stringContaining("another device"),
      theirs: { text: "Half a thought about the essential question", revision: 1 },
    });
    expect((await laptop.micropd.session({ sessionId })).reflectionDraft.text).toBe(
      "Half a thought about the essential question",
    );

    // Based on the latest revision, the save goes through.
    const second = await laptop.micropd.saveReflectionDraft({
      sessionId,
      text: "My students answered the essential question in writing at the end, and most could.",
      baseRevision: 1,
    });
    expect(second).toEqual({ outcome: "saved", revision: 2 });

    // Completing still goes through micropd.complete; nothing is pending afterwards.
    const done = await laptop.micropd.complete({
      sessionId,
      reflection:
        "My students answered the essential question in writing at the end, and most could.",
    });
    expect(done.reflection).toContain("essential question");
    const after = await laptop.micropd.session({ sessionId });
    expect(after.reflectionDraft).toEqual({ text: null, revision: 2 });
    expect(after.progress.reflection).toContain("essential question");
  });

  it("names a bad field", async () => {
    const sessionId = await nextSessionId();
    const caller = await api.callerFor(teacher);
    const refused = await refusalOf(
      caller.micropd.saveReflectionDraft({ sessionId, text: "x".repeat(5001), baseRevision: -1 }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors?.map((error) => error.path).sort()).toEqual([
      "baseRevision",
      "text",
    ]);
  });

  it("refuses a session the teacher may not open", async () => {
    const caller = await api.callerFor("coach@cedarridge.test");
    const sessionId = await nextSessionId();
    await expect(
      caller.micropd.saveReflectionDraft({ sessionId, text: "Not mine", baseRevision: 0 }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
  });
});
