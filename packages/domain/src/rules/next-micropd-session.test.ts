import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextMicroPdSession, type OrderedSession } from "./next-micropd-session.ts";

const now = new Date("2026-11-25T15:00:00Z");
const earlier = new Date("2026-11-20T08:00:00Z");
const later = new Date("2026-12-01T08:00:00Z");

const session = (id: string, position: number, releasedAt?: Date | null): OrderedSession => ({
  id,
  position,
  releasedAt,
});

describe("nextMicroPdSession", () => {
  it("orders by position, not by array order", () => {
    const sessions = [session("c", 3), session("a", 1), session("b", 2)];
    expect(nextMicroPdSession(sessions, new Set(), now)).toEqual({
      kind: "available",
      session: session("a", 1),
    });
  });

  it("skips completed sessions, even out of order", () => {
    const sessions = [session("a", 1), session("b", 2), session("c", 3)];
    const next = nextMicroPdSession(sessions, new Set(["a", "c"]), now);
    expect(next).toEqual({ kind: "available", session: session("b", 2) });
  });

  it("is finished when every session is completed", () => {
    const sessions = [session("a", 1), session("b", 2)];
    expect(nextMicroPdSession(sessions, new Set(["a", "b"]), now)).toEqual({ kind: "finished" });
  });

  it("is finished for a stage with no sessions", () => {
    expect(nextMicroPdSession([], new Set(), now)).toEqual({ kind: "finished" });
  });

  it("ignores completed ids that are not sessions of this stage", () => {
    const sessions = [session("a", 1), session("b", 2)];
    const next = nextMicroPdSession(sessions, new Set(["elsewhere", "a"]), now);
    expect(next).toEqual({ kind: "available", session: session("b", 2) });
    expect(nextMicroPdSession(sessions, new Set(["x", "y"]), now)).toMatchObject({
      session: { id: "a" },
    });
  });

  it.each([
    ["released in the past", earlier, "available"],
    ["released this very moment", now, "available"],
    ["with no release date", null, "available"],
    ["released in the future", later, "scheduled"],
  ] as const)("a dated session %s is %s", (_name, releasedAt, kind) => {
    const next = nextMicroPdSession([session("a", 1, releasedAt)], new Set(), now);
    expect(next.kind).toBe(kind);
  });

  it("gives the opening date of a scheduled session", () => {
    const next = nextMicroPdSession([session("a", 1, later)], new Set(), now);
    expect(next).toEqual({ kind: "scheduled", session: session("a", 1, later), opensAt: later });
  });

  it("does not skip ahead past a session that is not open yet", () => {
    const sessions = [session("a", 1, later), session("b", 2, earlier)];
    expect(nextMicroPdSession(sessions, new Set(), now)).toMatchObject({
      kind: "scheduled",
      session: { id: "a" },
    });
  });

  it("does not reorder the caller's array", () => {
    const sessions = [session("b", 2), session("a", 1)];
    nextMicroPdSession(sessions, new Set(), now);
    expect(sessions.map((s) => s.id)).toEqual(["b", "a"]);
  });
});

describe("nextMicroPdSession, for any stage and any progress", () => {
  const releaseDate = fc.option(fc.constantFrom(earlier, now, later), { nil: undefined });

  /** Sessions with distinct ids and positions, in any order, some dated, some completed. */
  const stageAndProgress = fc
    .uniqueArray(fc.integer({ min: 1, max: 50 }), { maxLength: 12 })
    .chain((positions) =>
      fc.record({
        sessions: fc
          .tuple(...positions.map((p) => releaseDate.map((date) => session(`s${p}`, p, date))))
          .chain((all) => fc.shuffledSubarray(all, { minLength: all.length })),
        completed: fc.subarray(positions.map((p) => `s${p}`)),
      }),
    );

  it("never offers a completed session, skips none, and schedules only future releases", () => {
    fc.assert(
      fc.property(stageAndProgress, ({ sessions, completed }) => {
        const done = new Set(completed);
        const next = nextMicroPdSession(sessions, done, now);
        if (next.kind === "finished") {
          expect(sessions.every((s) => done.has(s.id))).toBe(true);
          return;
        }
        expect(done.has(next.session.id)).toBe(false);
        const skipped = sessions.filter((s) => s.position < next.session.position);
        expect(skipped.every((s) => done.has(s.id))).toBe(true);
        const opensLater = (next.session.releasedAt?.getTime() ?? 0) > now.getTime();
        expect(next.kind).toBe(opensLater ? "scheduled" : "available");
      }),
    );
  });
});
