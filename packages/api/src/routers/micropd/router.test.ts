import { rawRows } from "@throughline/db/testing";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../errors.ts";
import type { TestApi } from "../../testing/test-api.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { micropdProgressWorld } from "../../testing/test-district-micropd.ts";

const api = testApiPerFile({ seed: false });

const reflection =
  "My students answered the essential question in writing at the end, and most of them could.";

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

let world: Awaited<ReturnType<typeof micropdProgressWorld>>;
const as = (name: keyof typeof world.people) => world.district.callerFor(world.people[name]);

beforeAll(async () => {
  world = await micropdProgressWorld(api, reflection);
});

/** The error a call ends in, or "OK". */
async function failureOf(call: Promise<unknown>): Promise<TRPCError | "OK"> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  return "OK";
}

async function codeOf(call: Promise<unknown>): Promise<string> {
  const failure = await failureOf(call);
  return failure === "OK" ? failure : failure.code;
}

/** The caller's stage page for the stage they are enrolled in (the first enrolment). */
async function myStage(caller: Caller) {
  const home = await caller.teacher.home();
  const stageId = home.enrolments[0]?.stage.id;
  if (!stageId) throw new Error("This teacher is not enrolled in a stage.");
  return caller.path.stage({ stageId });
}

function sessionAt(page: Awaited<ReturnType<typeof myStage>>, position: number) {
  const session = page.sessions.find((s) => s.position === position);
  if (!session) throw new Error(`No session ${position} in this stage.`);
  return session;
}

function nextOf(page: Awaited<ReturnType<typeof myStage>>) {
  const next = page.enrolment?.next;
  if (!next || next.kind === "finished") throw new Error("This teacher has no next session.");
  return next;
}

async function progressRows(email: string, sessionId: string) {
  return rawRows<{ completed_at: Date | null; reflection: string | null; credited: number | null }>(
    api.db,
    sql`select p.completed_at, p.reflection, p.credited_minutes as credited
        from micropd_progress p
        join person on person.district_id = p.district_id and person.id = p.person_id
        join "user" u on u.id = person.user_id
        where u.email = ${email} and p.session_id = ${sessionId}`,
  );
}

describe("micropd.session", () => {
  it("opens the next session with its blocks, indicators, prompts and the saved place", async () => {
    const caller = await as("jamal");
    const next = nextOf(await myStage(caller));
    const view = await caller.micropd.session({ sessionId: next.session.id });
    expect(view.session.title).toBe(next.session.title);
    expect(view.session.estimatedMinutes).toBeGreaterThanOrEqual(10);
    expect(view.blocks.length).toBeGreaterThan(0);
    expect(view.indicators.length).toBeGreaterThan(0);
    expect(view.indicators[0]?.code).toMatch(/^\d/);
    expect(view.session.reflectionPrompts.length).toBeGreaterThan(0);
    // Jamal left off on the second block of his next session.
    expect(view.progress).toEqual({
      currentBlock: 1,
      completedAt: null,
      reflection: null,
      afterLessonCompletedAt: null,
    });
    expect(view.next).toMatchObject({
      kind: "available",
      session: { position: next.session.position + 1 },
    });
  });

  it("keeps completed sessions readable with the teacher's own reflection", async () => {
    const caller = await as("jamal");
    const first = sessionAt(await myStage(caller), 1);
    const view = await caller.micropd.session({ sessionId: first.id });
    expect(view.progress.completedAt).toBeInstanceOf(Date);
    expect(view.progress.reflection?.length).toBeGreaterThan(40);
  });

  it("refuses a session ahead of the next one, naming the one to finish first", async () => {
    const caller = await as("jamal");
    const page = await myStage(caller);
    const next = nextOf(page);
    const ahead = sessionAt(page, next.session.position + 1);
    const failure = await failureOf(caller.micropd.session({ sessionId: ahead.id }));
    expect(failure).not.toBe("OK");
    if (failure === "OK") return;
    expect(failure.code).toBe("FORBIDDEN");
    expect(failure.message).toContain(next.session.title);
    expect(
      await codeOf(caller.micropd.saveProgress({ sessionId: ahead.id, currentBlock: 1 })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(caller.micropd.complete({ sessionId: ahead.id, reflection }))).toBe(
      "FORBIDDEN",
    );
    expect(await progressRows(world.people.jamal.email, ahead.id)).toEqual([]);
  });

  it("refuses a dated session before its release date, with the date in the district's zone", async () => {
    // Far east of UTC, a session opening at local midnight opens on the previous day in UTC: the
    // message must name the teachers' day.
    await api.db.execute(
      sql`update district set time_zone = 'Pacific/Auckland' where id = ${world.district.districtId}`,
    );
    const caller = await as("kevin");
    const page = await myStage(caller);
    expect(page.enrolment?.releaseMode).toBe("dated");
    const next = page.enrolment?.next;
    expect(next?.kind).toBe("scheduled");
    if (next?.kind !== "scheduled") return;
    const failure = await failureOf(caller.micropd.session({ sessionId: next.session.id }));
    expect(failure).not.toBe("OK");
    if (failure === "OK") return;
    expect(failure.code).toBe("FORBIDDEN");
    const day = new Intl.DateTimeFormat("en-US", {
      weekday: "long",
      month: "long",
      day: "numeric",
      timeZone: "Pacific/Auckland",
    }).format(next.opensAt);
    expect(failure.message).toBe(`This session opens on ${day}.`);
    expect(await codeOf(caller.micropd.complete({ sessionId: next.session.id, reflection }))).toBe(
      "FORBIDDEN",
    );
    await api.db.execute(
      sql`update district set time_zone = 'America/Chicago' where id = ${world.district.districtId}`,
    );
  });

  it("refuses a session of a stage the teacher is not enrolled in", async () => {
    const maria = await as("maria");
    const home = await maria.teacher.home();
    const stage3 = home.stages.find((stage) => stage.position === 3);
    const preview = await maria.path.stage({ stageId: stage3?.id ?? "" });
    const first = preview.sessions[0];
    const failure = await failureOf(maria.micropd.session({ sessionId: first?.id ?? "" }));
    expect(failure === "OK" ? failure : [failure.code, failure.message]).toEqual([
      "FORBIDDEN",
      expect.stringContaining("not enrolled"),
    ]);
    const outsider = await as("amara");
    expect(await codeOf(outsider.micropd.session({ sessionId: first?.id ?? "" }))).toBe(
      "FORBIDDEN",
    );
  });

  it("answers NOT_FOUND for an unknown session and for another district's", async () => {
    const maria = await as("maria");
    expect(
      await codeOf(maria.micropd.session({ sessionId: "7b0c1f47-5d1e-4c61-9a55-0b6f3a0d2c11" })),
    ).toBe("NOT_FOUND");
    const firstSession = sessionAt(await myStage(maria), 1);
    const otherTeacher = await world.district.callerFor(world.otherDistrictTeacher);
    expect(await codeOf(otherTeacher.micropd.session({ sessionId: firstSession.id }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(otherTeacher.micropd.complete({ sessionId: firstSession.id, reflection })),
    ).toBe("NOT_FOUND");
  });

  it("is only for teachers", async () => {
    const maria = await as("maria");
    const first = sessionAt(await myStage(maria), 1);
    const coach = await as("coach");
    expect(await codeOf(coach.micropd.session({ sessionId: first.id }))).toBe("FORBIDDEN");
  });

  it("shows each teacher only their own progress in the same session", async () => {
    const maria = await as("maria");
    const first = sessionAt(await myStage(maria), 1);
    const mine = await maria.micropd.session({ sessionId: first.id });
    expect(mine.progress.reflection).toBeTruthy();

    // Hannah has not started: session 1 is her next one, with nothing of Maria's in it.
    const hannah = await as("hannah");
    const theirs = await hannah.micropd.session({ sessionId: first.id });
    expect(theirs.progress).toEqual({
      currentBlock: 0,
      completedAt: null,
      reflection: null,
      afterLessonCompletedAt: null,
    });
    const me = await maria.viewer.me();
    const text = JSON.stringify(theirs);
    expect(text).not.toContain(me.person.id);
    expect(text).not.toContain(mine.progress.reflection ?? "");
    expect(JSON.stringify(mine)).not.toContain(me.person.id);
  });
});

describe("micropd.saveProgress", () => {
  it("remembers the block the teacher is on", async () => {
    const hannah = await as("hannah");
    const next = nextOf(await myStage(hannah));
    await hannah.micropd.saveProgress({ sessionId: next.session.id, currentBlock: 2 });
    const view = await hannah.micropd.session({ sessionId: next.session.id });
    expect(view.progress.currentBlock).toBe(2);
    await hannah.micropd.saveProgress({ sessionId: next.session.id, currentBlock: 1 });
    expect(
      (await hannah.micropd.session({ sessionId: next.session.id })).progress.currentBlock,
    ).toBe(1);
  });

  it("refuses a place past the reflection step, naming the field", async () => {
    const hannah = await as("hannah");
    const next = nextOf(await myStage(hannah));
    for (const currentBlock of [99, -1]) {
      const failure = await failureOf(
        hannah.micropd.saveProgress({ sessionId: next.session.id, currentBlock }),
      );
      expect(failure).not.toBe("OK");
      if (failure === "OK") return;
      expect(failure.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(failure)?.map((error) => error.path)).toEqual(["currentBlock"]);
    }
  });
});

describe("micropd.complete", () => {
  it("completes the session and opens the next one at once in a self-paced cohort", async () => {
    const caller = await as("jamal");
    const before = await myStage(caller);
    const next = nextOf(before);
    const done = await caller.micropd.complete({ sessionId: next.session.id, reflection });
    expect(done.reflection).toBe(reflection);
    expect(done.creditedMinutes).toBe(next.session.estimatedMinutes);
    expect(done.next).toMatchObject({
      kind: "available",
      session: { position: next.session.position + 1 },
    });
    if (done.next.kind !== "available") return;
    const opened = await caller.micropd.session({ sessionId: done.next.session.id });
    expect(opened.progress.completedAt).toBeNull();

    const after = await myStage(caller);
    expect(after.enrolment?.sessionsCompleted).toBe((before.enrolment?.sessionsCompleted ?? 0) + 1);
    expect(sessionAt(after, next.session.position).state?.kind).toBe("completed");
    expect(sessionAt(after, next.session.position + 1).state?.kind).toBe("available");
  });

  it("refuses a reflection that is too short, names the field, and saves nothing", async () => {
    const caller = await as("priya");
    const next = nextOf(await myStage(caller));
    const before = await progressRows(world.people.priya.email, next.session.id);
    const failure = await failureOf(
      caller.micropd.complete({ sessionId: next.session.id, reflection: "It went well." }),
    );
    expect(failure).not.toBe("OK");
    if (failure === "OK") return;
    expect(failure.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(failure)).toEqual([
      { path: "reflection", message: "Write at least 40 characters of reflection" },
    ]);
    // Blank space does not count toward the minimum.
    expect(
      await codeOf(
        caller.micropd.complete({ sessionId: next.session.id, reflection: `ok${" ".repeat(60)}` }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await progressRows(world.people.priya.email, next.session.id)).toEqual(before);
    const view = await caller.micropd.session({ sessionId: next.session.id });
    expect(view.progress.completedAt).toBeNull();
  });

  it("counts a session once when it is completed twice, keeping the newer reflection", async () => {
    const email = world.people.priya.email;
    const caller = await as("priya");
    const next = nextOf(await myStage(caller));
    const first = await caller.micropd.complete({ sessionId: next.session.id, reflection });
    const rewritten = `${reflection} On a second look, the quiet ones needed sentence starters.`;
    const second = await caller.micropd.complete({
      sessionId: next.session.id,
      reflection: rewritten,
    });
    expect(second.completedAt).toEqual(first.completedAt);
    expect(second.creditedMinutes).toBe(first.creditedMinutes);
    const rows = await progressRows(email, next.session.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reflection: rewritten,
      credited: next.session.estimatedMinutes,
    });
    expect(new Date(rows[0]?.completed_at ?? 0).getTime()).toBe(first.completedAt.getTime());

    const page = await myStage(caller);
    const completed = page.sessions.filter((s) => s.state?.kind === "completed").length;
    expect(page.enrolment?.sessionsCompleted).toBe(completed);
  });

  it("says when the next session opens in a dated cohort, or that the stage is finished", async () => {
    // Kevin's dated cohort: re-completing his last released session points at the scheduled one.
    const kevin = await as("kevin");
    const page = await myStage(kevin);
    const lastDone = page.sessions.filter((s) => s.state?.kind === "completed").at(-1);
    expect(lastDone).toBeDefined();
    const again = await kevin.micropd.complete({ sessionId: lastDone?.id ?? "", reflection });
    expect(again.next.kind).toBe("scheduled");

    // Brianna has completed every session of Stage 1.
    const brianna = await as("brianna");
    const hers = await myStage(brianna);
    expect(hers.enrolment?.next).toEqual({ kind: "finished" });
    const last = hers.sessions.at(-1);
    const view = await brianna.micropd.session({ sessionId: last?.id ?? "" });
    expect(view.next).toEqual({ kind: "finished" });
  });
});
