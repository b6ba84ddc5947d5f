import type { SaveSessionInput } from "@throughline/domain/framework-admin";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { sessionSaveInput } from "../../testing/session-save-input.ts";
import type { TestApi } from "../../testing/test-api.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "principal", TestPerson>;

// Maria, in a Stage 1 cohort, has completed its first two sessions; her school's principal.
beforeAll(async () => {
  district = await testDistrict(api);
  const { school, ...staff } = await district.schoolWithStaff("Maria Delgado");
  people = staff;
  const [first] = await (await district.callerFor(district.admin)).frameworkAdmin.stages();
  newStage = { ...newStage, programId: first?.programId ?? "" };
  await district.enrol(people.teacher, await district.cohort({ school }));
  const maria = await district.callerFor(people.teacher);
  for (let done = 0; done < 2; done += 1) {
    const next = (await maria.teacher.home()).enrolments[0]?.next;
    if (next?.kind !== "available") throw new Error("Maria has no session open.");
    await maria.micropd.complete({
      sessionId: next.session.id,
      reflection: "I tried the lesson frame with my second graders and they named the goal.",
    });
  }
});

/** A fourth stage of the district's one program (its id read once the district exists). */
let newStage = {
  programId: "",
  title: "Stage 4: Sustaining the practice",
  summary: "Lead a colleague through the cycle you finished.",
  meetingsRequired: 2,
  requiresConfirmation: true,
  openToAll: false,
};

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

/** The session editor's one save: the session as it is now, with `change` made. */
async function saveSessionWith(
  admin: Caller,
  sessionId: string,
  change: Partial<SaveSessionInput>,
) {
  const session = await admin.frameworkAdmin.session({ sessionId });
  const result = await admin.frameworkAdmin.saveSession({
    ...sessionSaveInput(session),
    ...change,
  });
  if (result.outcome !== "saved") throw new Error(result.message);
  return result.session;
}

/** Maria's current stage, and the ids of the sessions she completed there. */
async function mariasStage() {
  const maria = await district.callerFor(people.teacher);
  const home = await maria.teacher.home();
  const current = home.enrolments[0];
  if (!current) throw new Error("The teacher has no enrolment.");
  const page = await maria.path.stage({ stageId: current.stage.id });
  const completed = page.sessions.filter((s) => s.state?.kind === "completed");
  return { maria, current, page, completed };
}

describe("framework authoring: stages", () => {
  it("adds a fourth stage at the end with its completion rule", async () => {
    const admin = await district.callerFor(district.admin);
    const before = await admin.frameworkAdmin.stages();
    expect(before.map((stage) => stage.position)).toEqual([1, 2, 3]);
    const { stageId } = await admin.frameworkAdmin.createStage(newStage);
    const after = await admin.frameworkAdmin.stages();
    expect(after.map((stage) => stage.position)).toEqual([1, 2, 3, 4]);
    expect(after[3]).toMatchObject({ id: stageId, ...newStage, sessionCount: 0 });
  });

  it("reorders the stages, and refuses a list that is not every stage exactly once", async () => {
    const admin = await district.callerFor(district.admin);
    const ids = (await admin.frameworkAdmin.stages()).map((stage) => stage.id);
    const [a, b, c, d] = ids as [string, string, string, string];
    const reordered = await admin.frameworkAdmin.reorderStages({
      programId: newStage.programId,
      stageIds: [a, b, d, c],
    });
    expect(reordered.map((stage) => stage.id)).toEqual([a, b, d, c]);
    expect(reordered.map((stage) => stage.position)).toEqual([1, 2, 3, 4]);

    for (const stageIds of [
      [a, b, c],
      [a, a, b, c],
      [a, b, c, d, crypto.randomUUID()],
    ]) {
      const refusal = await refusalOf(
        admin.frameworkAdmin.reorderStages({ programId: newStage.programId, stageIds }),
      );
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["stageIds"]);
    }
    await admin.frameworkAdmin.reorderStages({ programId: newStage.programId, stageIds: ids });
  });

  it("names a completion rule out of range", async () => {
    const admin = await district.callerFor(district.admin);
    const refusal = await refusalOf(
      admin.frameworkAdmin.createStage({ ...newStage, meetingsRequired: 21 }),
    );
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["meetingsRequired"]);
  });

  it("deletes an unused stage but never one teachers are working through", async () => {
    const admin = await district.callerFor(district.admin);
    const { stageId } = await admin.frameworkAdmin.createStage({ ...newStage, title: "Spare" });
    await admin.frameworkAdmin.deleteStage({ stageId });
    const stages = await admin.frameworkAdmin.stages();
    expect(stages.map((stage) => stage.position)).toEqual([1, 2, 3, 4]);
    const first = stages[0]?.id ?? "";
    const refusal = await refusalOf(admin.frameworkAdmin.deleteStage({ stageId: first }));
    expect(refusal.code).toBe("CONFLICT");
  });
});

describe("framework authoring: sessions a teacher has done", () => {
  it("editing a completed session keeps her PD hours and her reflection", async () => {
    const { maria, completed } = await mariasStage();
    const done = completed[0];
    if (!done) throw new Error("Maria has completed no session.");
    const transcriptBefore = await maria.transcript.mine({});
    const openedBefore = await maria.micropd.session({ sessionId: done.id });
    expect(openedBefore.progress.reflection).toBeTruthy();

    const admin = await district.callerFor(district.admin);
    const session = await admin.frameworkAdmin.session({ sessionId: done.id });
    const minutes = session.estimatedMinutes === 20 ? 10 : 20;
    const saved = await saveSessionWith(admin, done.id, {
      title: `${session.title} (revised)`,
      estimatedMinutes: minutes,
      reflectionPrompts: ["A new question for the next teachers"],
    });
    expect(saved).toMatchObject({ estimatedMinutes: minutes, startedBy: expect.any(Number) });

    const transcriptAfter = await maria.transcript.mine({});
    expect(transcriptAfter.totals).toEqual(transcriptBefore.totals);
    // The activity keeps its date and credited minutes; it is listed under the session's name.
    const strip = (t: typeof transcriptBefore) =>
      t.activities.map(({ title: _title, ...activity }) => activity);
    expect(strip(transcriptAfter)).toEqual(strip(transcriptBefore));
    const openedAfter = await maria.micropd.session({ sessionId: done.id });
    expect(openedAfter.progress.reflection).toBe(openedBefore.progress.reflection);
    expect(openedAfter.progress.completedAt).toEqual(openedBefore.progress.completedAt);
  });

  it("moving a session she has not done to the front strands nothing", async () => {
    const { current, page, completed } = await mariasStage();
    const notDone = page.sessions.filter((s) => s.state?.kind !== "completed");
    const last = notDone.at(-1);
    if (!last || completed.length === 0) throw new Error("Expected done and undone sessions.");
    const admin = await district.callerFor(district.admin);
    const order = [last.id, ...page.sessions.map((s) => s.id).filter((id) => id !== last.id)];
    await admin.frameworkAdmin.reorderSessions({ stageId: current.stage.id, sessionIds: order });

    const after = await mariasStage();
    expect(after.page.sessions.map((s) => s.id)).toEqual(order);
    expect(after.page.sessions.map((s) => s.position)).toEqual(order.map((_, i) => i + 1));
    // Everything she completed is still completed, and she has a next session.
    expect(after.completed.map((s) => s.id).sort()).toEqual(completed.map((s) => s.id).sort());
    expect(after.page.enrolment?.next).toMatchObject({
      kind: "available",
      session: { id: last.id },
    });
    expect(after.current.status).toBe(current.status);
    expect(after.current.sessionsCompleted).toBe(current.sessionsCompleted);

    const refusal = await refusalOf(
      admin.frameworkAdmin.reorderSessions({ stageId: current.stage.id, sessionIds: [last.id] }),
    );
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["sessionIds"]);
  });

  it("never deletes a session a teacher has started", async () => {
    const { completed } = await mariasStage();
    const admin = await district.callerFor(district.admin);
    const refusal = await refusalOf(
      admin.frameworkAdmin.deleteSession({ sessionId: completed[0]?.id ?? "" }),
    );
    expect(refusal.code).toBe("CONFLICT");
  });
});

describe("framework authoring: a new session and its blocks", () => {
  it("adds a session to the new stage, saves its blocks, and names a video that cannot play", async () => {
    const admin = await district.callerFor(district.admin);
    const stage4 = (await admin.frameworkAdmin.stages()).find((s) => s.title === newStage.title);
    const indicators = await admin.frameworkAdmin.indicators();
    const { sessionId } = await admin.frameworkAdmin.createSession({
      stageId: stage4?.id ?? "",
      title: "Leading a peer visit",
      summary: "Plan a visit with a colleague around one indicator.",
      estimatedMinutes: 15,
      reflectionPrompts: ["What will you look for?"],
      indicatorIds: [indicators[0]?.id ?? ""],
    });
    const reading = { kind: "reading" as const, markdown: "## Why visit\nTo see practice." };
    const video = {
      kind: "video" as const,
      url: "https://example.com/not-a-video",
      title: "A visit",
      transcript: "We walk in quietly.",
    };
    const refusal = await refusalOf(
      saveSessionWith(admin, sessionId, { blocks: [reading, video] }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["blocks.1.url"]);

    const fixed = { ...video, url: "https://vimeo.com/76979871" };
    const saved = await saveSessionWith(admin, sessionId, { blocks: [reading, fixed] });
    expect(saved.blocks).toEqual([reading, fixed]);
    const stage = await admin.frameworkAdmin.stage({ stageId: stage4?.id ?? "" });
    expect(stage.sessions.map((s) => s.title)).toEqual(["Leading a peer visit"]);

    // Unused, so it may go.
    await admin.frameworkAdmin.deleteSession({ sessionId });
    expect((await admin.frameworkAdmin.stage({ stageId: stage4?.id ?? "" })).sessions).toEqual([]);
  });

  it("a teacher part-way through lands inside a shorter block list", async () => {
    const { maria, page } = await mariasStage();
    const next = page.sessions.find((s) => s.state?.kind === "available");
    if (!next) throw new Error("Maria has no next session.");
    await maria.micropd.saveProgress({ sessionId: next.id, currentBlock: 2 });
    const admin = await district.callerFor(district.admin);
    await saveSessionWith(admin, next.id, {
      blocks: [{ kind: "classroom_task", instructions: "Try one question tomorrow." }],
    });
    const opened = await maria.micropd.session({ sessionId: next.id });
    expect(opened.progress.currentBlock).toBe(0);
  });
});

describe("framework authoring: indicators and protocols", () => {
  it("adds and edits an indicator; a code already used is named", async () => {
    const admin = await district.callerFor(district.admin);
    const [first] = await admin.frameworkAdmin.indicators();
    const refusal = await refusalOf(
      admin.frameworkAdmin.createIndicator({
        code: first?.code ?? "",
        title: "Duplicate",
        description: "Same code.",
      }),
    );
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["code"]);
    const { indicatorId } = await admin.frameworkAdmin.createIndicator({
      code: "9.1",
      title: "Leads peer visits",
      description: "Plans and debriefs a visit with a colleague.",
    });
    await admin.frameworkAdmin.updateIndicator({
      indicatorId,
      code: "9.2",
      title: "Leads peer visits",
      description: "Plans and debriefs a visit.",
    });
    expect((await admin.frameworkAdmin.indicators()).at(-1)).toMatchObject({ code: "9.2" });
  });

  it("edits a protocol's steps", async () => {
    const admin = await district.callerFor(district.admin);
    const [protocol] = await admin.frameworkAdmin.protocols();
    if (!protocol) throw new Error("The district has no protocol.");
    await admin.frameworkAdmin.updateProtocol({
      protocolId: protocol.id,
      name: protocol.name,
      purpose: protocol.purpose,
      steps: [{ title: "Only step", purpose: "Keep it short", minutes: 10, prompts: ["Why?"] }],
    });
    const after = (await admin.frameworkAdmin.protocols()).find((p) => p.id === protocol.id);
    expect(after?.steps.map((step) => step.title)).toEqual(["Only step"]);
    expect(after?.totalMinutes).toBe(10);
  });
});

describe("framework authoring: who may do what", () => {
  it("a principal reads the framework but every write is refused", async () => {
    const principal = await district.callerFor(people.principal);
    const stages = await principal.frameworkAdmin.stages();
    expect(stages.length).toBeGreaterThan(0);
    expect(await codeOf(principal.frameworkAdmin.createStage(newStage))).toBe("FORBIDDEN");
    expect(
      await codeOf(
        principal.frameworkAdmin.reorderStages({
          programId: newStage.programId,
          stageIds: stages.map((s) => s.id),
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        principal.frameworkAdmin.updateStage({ ...newStage, stageId: stages[0]?.id ?? "" }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("a teacher cannot read the editor", async () => {
    const maria = await district.callerFor(people.teacher);
    expect(await codeOf(maria.frameworkAdmin.stages())).toBe("FORBIDDEN");
  });

  it("another district's stage, session, indicator and protocol are not found", async () => {
    const other = await testDistrict(api);
    const otherAdmin = await other.callerFor(other.admin);
    const [stage = ""] = await other.stageIds();
    const theirs = {
      stage,
      session: (await otherAdmin.frameworkAdmin.stage({ stageId: stage })).sessions[0]?.id ?? "",
      indicator: (await other.indicatorIds(1))[0] ?? "",
      protocol: (await otherAdmin.frameworkAdmin.protocols())[0]?.id ?? "",
    };
    const admin = await district.callerFor(district.admin);
    // Started one at a time: a refusal nobody awaits yet would be reported as unhandled.
    const calls = [
      () => admin.frameworkAdmin.stage({ stageId: theirs.stage }),
      () => admin.frameworkAdmin.session({ sessionId: theirs.session }),
      () => admin.frameworkAdmin.updateStage({ ...newStage, stageId: theirs.stage }),
      () =>
        admin.frameworkAdmin.saveSession({
          sessionId: theirs.session,
          title: "Taken over",
          summary: "Taken",
          estimatedMinutes: 15,
          reflectionPrompts: ["Why?"],
          afterLessonPrompts: [],
          indicatorIds: [],
          blocks: [{ kind: "reading", markdown: "Mine now." }],
          baseRevision: 0,
        }),
      () =>
        admin.frameworkAdmin.updateIndicator({
          indicatorId: theirs.indicator,
          code: "8.8",
          title: "Taken",
          description: "Taken",
        }),
      () =>
        admin.frameworkAdmin.updateProtocol({
          protocolId: theirs.protocol,
          name: "Taken over",
          purpose: "Taken",
          steps: [{ title: "Step", purpose: "Purpose", minutes: 5, prompts: [] }],
        }),
    ];
    for (const call of calls) expect(await codeOf(call())).toBe("NOT_FOUND");
  });
});
