import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  nextAfterCompleting,
  type SequencedSession,
  sessionAccess,
  sessionStates,
} from "./session-sequence.ts";

const now = new Date("2026-11-25T15:00:00Z");
const earlier = new Date("2026-11-20T08:00:00Z");
const later = new Date("2026-12-01T08:00:00Z");

const session = (
  id: string,
  position: number,
  completedAt: Date | null = null,
  releasedAt: Date | null = null,
): SequencedSession => ({ id, position, completedAt, releasedAt });

describe("sessionStates", () => {
  it("marks done sessions completed, the next available and the rest upcoming", () => {
    const sessions = [session("c", 3), session("a", 1, earlier), session("b", 2)];
    expect(sessionStates(sessions, now).map(({ session: s, state }) => [s.id, state])).toEqual([
      ["a", { kind: "completed", completedAt: earlier }],
      ["b", { kind: "available" }],
      ["c", { kind: "upcoming" }],
    ]);
  });

  it("says when the next session opens if its release date is ahead", () => {
    const sessions = [session("a", 1, earlier, earlier), session("b", 2, null, later)];
    expect(sessionStates(sessions, now)[1]?.state).toEqual({ kind: "scheduled", opensAt: later });
  });

  it("does not open a later session early just because it is released", () => {
    const sessions = [session("a", 1, null, later), session("b", 2, null, earlier)];
    expect(sessionStates(sessions, now).map(({ state }) => state.kind)).toEqual([
      "scheduled",
      "upcoming",
    ]);
  });

  it("is all completed when the stage is finished", () => {
    const sessions = [session("a", 1, earlier), session("b", 2, earlier)];
    expect(sessionStates(sessions, now).every(({ state }) => state.kind === "completed")).toBe(
      true,
    );
  });
});

describe("sessionAccess", () => {
  const sessions = [session("a", 1, earlier), session("b", 2), session("c", 3)];

  it.each([
    ["a completed session, to read again", "a", { open: true }],
    ["the next session", "b", { open: true }],
    ["a session that is not in the sequence", "z", { open: false, reason: "not_in_sequence" }],
  ] as const)("opens %s", (_name, id, access) => {
    expect(sessionAccess(sessions, id, now)).toEqual(access);
  });

  it("refuses a session ahead of the next one and names the next one", () => {
    expect(sessionAccess(sessions, "c", now)).toEqual({
      open: false,
      reason: "ahead",
      next: sessions[1],
    });
  });

  it("refuses the next session until its release date", () => {
    const dated = [session("a", 1, earlier, earlier), session("b", 2, null, later)];
    expect(sessionAccess(dated, "b", now)).toEqual({
      open: false,
      reason: "scheduled",
      opensAt: later,
    });
    expect(sessionAccess(dated, "b", later)).toEqual({ open: true });
  });
});

describe("nextAfterCompleting", () => {
  it("offers the following session at once in a self-paced sequence", () => {
    const sessions = [session("a", 1, earlier), session("b", 2), session("c", 3)];
    expect(nextAfterCompleting(sessions, "b", now)).toMatchObject({
      kind: "available",
      session: { id: "c" },
    });
  });

  it("says when the following session opens in a dated sequence", () => {
    const sessions = [session("a", 1), session("b", 2, null, later)];
    expect(nextAfterCompleting(sessions, "a", now)).toMatchObject({
      kind: "scheduled",
      opensAt: later,
    });
  });

  it("points back to the teacher's real next session after re-reading an earlier one", () => {
    const sessions = [session("a", 1, earlier), session("b", 2, earlier), session("c", 3)];
    expect(nextAfterCompleting(sessions, "a", now)).toMatchObject({ session: { id: "c" } });
  });

  it("is finished after the last session", () => {
    const sessions = [session("a", 1, earlier), session("b", 2)];
    expect(nextAfterCompleting(sessions, "b", now)).toEqual({ kind: "finished" });
  });
});

describe("session sequence, for any progress", () => {
  const sequence = fc
    .uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 })
    .chain((positions) =>
      fc.tuple(
        ...positions.map((position) =>
          fc
            .record({
              done: fc.boolean(),
              release: fc.constantFrom(null, earlier, later),
            })
            .map(({ done, release }) =>
              session(`s${position}`, position, done ? earlier : null, release),
            ),
        ),
      ),
    );

  it("opens exactly the completed sessions and at most one more", () => {
    fc.assert(
      fc.property(sequence, (sessions) => {
        const open = sessions.filter((s) => sessionAccess(sessions, s.id, now).open);
        const notDone = open.filter((s) => s.completedAt === null);
        expect(notDone.length).toBeLessThanOrEqual(1);
        expect(sessions.filter((s) => s.completedAt).every((s) => open.includes(s))).toBe(true);
        for (const s of notDone) {
          const before = sessions.filter((other) => other.position < s.position);
          expect(before.every((other) => other.completedAt !== null)).toBe(true);
        }
      }),
    );
  });
});
