import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { getTeacherHome } from "../home-pages/teacher-home.ts";
import {
  completeSession,
  countSessionBlocks,
  findStageEnrolment,
  getSessionProgress,
  loadSequence,
  loadSessionContent,
  saveSessionPlace,
} from "./micropd.ts";

const { as } = seededDatabasePerFile();

/** The person's first enrolled stage and its sequence. */
async function sequenceOf(email: string) {
  return as(email, async (tx, who) => {
    const home = await getTeacherHome(tx, { personId: who.personId, now: new Date() });
    const stageId = home.enrolments[0]?.stage.id ?? "";
    const cohort = await findStageEnrolment(tx, { personId: who.personId, stageId });
    const sessions = await loadSequence(tx, { personId: who.personId, stageId, cohort });
    return { who, stageId, cohort, sessions, stages: home.stages };
  });
}

describe("loadSequence", () => {
  test("gives a self-paced cohort no release dates and the teacher's completions", async () => {
    const { cohort, sessions } = await sequenceOf(demoPeople.teacher.email);
    expect(cohort?.releaseMode).toBe("self_paced");
    expect(sessions.every((s) => s.releasedAt === null)).toBe(true);
    expect(sessions.filter((s) => s.completedAt).length).toBe(5);
    expect(sessions.map((s) => s.position)).toEqual(sessions.map((_, i) => i + 1));
  });

  test("gives a dated cohort a release date for every session", async () => {
    const { cohort, sessions } = await sequenceOf(demoPeople.teacherLeader.email);
    expect(cohort?.releaseMode).toBe("dated");
    expect(sessions.every((s) => s.releasedAt instanceof Date)).toBe(true);
  });
});

describe("loadSessionContent", () => {
  test("parses every seeded block with the domain schema, in order", async () => {
    const { sessions } = await sequenceOf(demoPeople.teacher.email);
    await as(demoPeople.teacher.email, async (tx) => {
      for (const session of sessions) {
        const content = await loadSessionContent(tx, { sessionId: session.id });
        expect(content.blocks.length).toBe(await countSessionBlocks(tx, { sessionId: session.id }));
        expect(content.blocks.length).toBeGreaterThan(0);
        expect(content.indicators.length).toBeGreaterThan(0);
      }
    });
  });
});

describe("saving a place and completing", () => {
  test("keeps one row per teacher and session, and credits minutes once", async () => {
    const { who, sessions } = await sequenceOf("hannah.lindqvist@maplevalley.test");
    const first = sessions[0];
    if (!first) throw new Error("No sessions.");
    const base = { districtId: who.districtId, personId: who.personId, sessionId: first.id };
    const result = await as("hannah.lindqvist@maplevalley.test", async (tx) => {
      await saveSessionPlace(tx, { ...base, currentBlock: 2 });
      const place = await getSessionProgress(tx, base);
      const when = new Date("2026-11-20T10:00:00Z");
      const once = await completeSession(tx, {
        ...base,
        reflection: "first",
        creditedMinutes: 12,
        currentBlock: 3,
        now: when,
      });
      const twice = await completeSession(tx, {
        ...base,
        reflection: "second",
        creditedMinutes: 99,
        currentBlock: 3,
        now: new Date("2026-11-21T10:00:00Z"),
      });
      // Moving around a completed session does not reopen it.
      await saveSessionPlace(tx, { ...base, currentBlock: 0 });
      const after = await getSessionProgress(tx, base);
      return { place, once, twice, after, when };
    });
    expect(result.place).toMatchObject({ currentBlock: 2, completedAt: null });
    expect(result.once).toEqual({
      completedAt: result.when,
      reflection: "first",
      creditedMinutes: 12,
    });
    expect(result.twice).toEqual({
      completedAt: result.when,
      reflection: "second",
      creditedMinutes: 12,
    });
    expect(result.after).toMatchObject({
      currentBlock: 0,
      completedAt: result.when,
      reflection: "second",
      creditedMinutes: 12,
    });
  });
});
