import { stagePageSchema } from "@throughline/domain/micropd";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

describe("path.stage", () => {
  it("shows the demo teacher their stage: workshop, sessions in order with states, what remains", async () => {
    const maria = await api.callerFor("teacher@maplevalley.test");
    const home = await maria.teacher.home();
    const current = home.enrolments[0];
    if (!current) throw new Error("The demo teacher has no enrolment.");
    const page = await maria.path.stage({ stageId: current.stage.id });
    expect(stagePageSchema.parse(page)).toBeTruthy();

    expect(page.stage.title).toBe(current.stage.title);
    expect(page.enrolment?.status).toBe(current.status);
    expect(page.enrolment?.releaseMode).toBe("self_paced");
    expect(page.enrolment?.workshop).toMatchObject({
      attended: true,
      location: expect.stringContaining("Maple Valley Elementary"),
      minutes: 180,
    });
    expect(page.enrolment?.workshop.startsAt).toBeInstanceOf(Date);

    // Sessions before the next are completed, the next is open at once, the rest upcoming.
    const done = current.sessionsCompleted;
    expect(page.sessions.map((s) => s.position)).toEqual(page.sessions.map((_, i) => i + 1));
    expect(page.sessions.map((s) => s.state?.kind)).toEqual(
      page.sessions.map((_, i) => (i < done ? "completed" : i === done ? "available" : "upcoming")),
    );
    expect(page.enrolment?.next).toMatchObject({
      kind: "available",
      session: { id: current.next.kind === "finished" ? "" : current.next.session.id },
    });

    const left = page.sessions.length - done;
    expect(page.enrolment?.remaining.map((item) => item.text)).toContain(
      `${left} MicroPD session${left === 1 ? "" : "s"}`,
    );
    expect(page.enrolment?.remaining.some((item) => item.kind === "workshop")).toBe(false);
  });

  it("shows a dated cohort when its next session opens, and later ones as upcoming", async () => {
    const kevin = await api.callerFor("leader@maplevalley.test");
    const home = await kevin.teacher.home();
    const stageId = home.enrolments[0]?.stage.id ?? "";
    const page = await kevin.path.stage({ stageId });
    const kinds = page.sessions.map((s) => s.state?.kind);
    const scheduled = kinds.indexOf("scheduled");
    expect(scheduled).toBeGreaterThan(0);
    expect(kinds.slice(0, scheduled).every((kind) => kind === "completed")).toBe(true);
    expect(kinds.slice(scheduled + 1).every((kind) => kind === "upcoming")).toBe(true);
    const state = page.sessions[scheduled]?.state;
    if (state?.kind !== "scheduled") throw new Error("Expected a scheduled session.");
    expect(state.opensAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("shows a stage the teacher is not enrolled in as a read-only preview", async () => {
    const maria = await api.callerFor("teacher@maplevalley.test");
    const home = await maria.teacher.home();
    const stage3 = home.stages.find((stage) => stage.position === 3);
    const page = await maria.path.stage({ stageId: stage3?.id ?? "" });
    expect(page.enrolment).toBeNull();
    expect(page.sessions.length).toBeGreaterThan(0);
    expect(page.sessions.every((s) => s.state === null && s.title.length > 0)).toBe(true);
  });

  it("lists an action step and the confirmation among what remains when they are missing", async () => {
    // Hannah has not started: everything remains, the workshop first.
    const hannah = await api.callerFor("hannah.lindqvist@maplevalley.test");
    const home = await hannah.teacher.home();
    const page = await hannah.path.stage({ stageId: home.enrolments[0]?.stage.id ?? "" });
    expect(page.enrolment?.status).toBe("not_started");
    expect(page.enrolment?.remaining.map((item) => item.kind)).toEqual([
      "workshop",
      "sessions",
      "meetings",
      "action_step",
    ]);
  });

  it("answers NOT_FOUND for an unknown stage and for another district's", async () => {
    const maria = await api.callerFor("teacher@maplevalley.test");
    expect(
      await codeOf(maria.path.stage({ stageId: "0d4b5f43-5f39-4a53-8d54-9f4a1c7e2b10" })),
    ).toBe("NOT_FOUND");
    const mapleStage = (await maria.teacher.home()).stages[0]?.id ?? "";
    const cedarTeacher = await api.callerFor("aaron.feld@cedarridge.test");
    expect(await codeOf(cedarTeacher.path.stage({ stageId: mapleStage }))).toBe("NOT_FOUND");
  });

  it("is only for teachers", async () => {
    const maria = await api.callerFor("teacher@maplevalley.test");
    const stageId = (await maria.teacher.home()).stages[0]?.id ?? "";
    const principal = await api.callerFor("principal@maplevalley.test");
    expect(await codeOf(principal.path.stage({ stageId }))).toBe("FORBIDDEN");
  });
});
