import { formatEvidenceDay } from "@throughline/domain/rules/recommendations";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

const maria = "teacher@maplevalley.test";
const mariasCoach = "coach@maplevalley.test";
/** Another teacher of Maria's team, who is not her coach. */
const otherTeacher = "hannah.lindqvist@maplevalley.test";

/** The day `days` before today, as the seed dates its ratings. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function mariasId(): Promise<string> {
  const caller = await api.callerFor(maria);
  return (await caller.viewer.me()).person.id;
}

describe("recommendations.mine", () => {
  it("recommends Maria's sessions for indicators below target, with the reason from the data", async () => {
    const caller = await api.callerFor(maria);
    const list = await caller.recommendations.mine();
    expect(list.length).toBeGreaterThan(1);
    // Seeded: "Teaches key vocabulary explicitly" developing two weeks ago, target proficient.
    const vocabulary = list.find((item) => item.title === "Previewing Key Vocabulary");
    expect(vocabulary).toMatchObject({
      stage: { position: 1 },
      indicator: { code: "1.4" },
      gap: 1,
      pinnedBy: null,
      reason: `‘Teaches key vocabulary explicitly’ was developing on ${formatEvidenceDay(
        daysAgo(14),
      )}, target proficient`,
    });
    // Her next session in a program the evidence does not reach (classroom technology) comes
    // last, with no indicator behind it; every other one rests on evidence.
    const evidenced = list.filter((item) => item.program?.title !== "Classroom technology");
    expect(list.slice(evidenced.length).map((item) => item.reason)).toEqual([
      "Your next session in Classroom technology",
    ]);
    for (const item of evidenced) {
      expect(item.indicator).not.toBeNull();
      // Seen in her classroom, or rated by herself (her self-assessments).
      const title = `‘${item.indicator?.title}’`;
      expect(
        [`${title} was `, `You rated ${title}`].some((said) => item.reason.includes(said)),
      ).toBe(true);
    }
    // Larger gaps come first.
    const gaps = evidenced.map((item) => item.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it("opens a recommended session at once, out of the stage's order, and completing it counts", async () => {
    const caller = await api.callerFor(maria);
    const list = await caller.recommendations.mine();
    const later = list.find((item) => item.title === "Teaching Vocabulary So It Sticks");
    if (!later) throw new Error("Maria should be recommended a later vocabulary session.");
    const view = await caller.micropd.session({ sessionId: later.sessionId });
    expect(view.session.title).toBe(later.title);
    expect(view.progress.completedAt).toBeNull();
    const done = await caller.micropd.complete({
      sessionId: later.sessionId,
      reflection: "Tried the word wall routine with my class; they used the words unprompted.",
    });
    expect(done.completedAt).toBeInstanceOf(Date);
    const after = await caller.recommendations.mine();
    expect(after.map((item) => item.sessionId)).not.toContain(later.sessionId);
    // Completed, it stays readable though it is still ahead in the stage's order.
    expect((await caller.micropd.session({ sessionId: later.sessionId })).session.id).toBe(
      later.sessionId,
    );
  });

  it("dismissing removes the session and records the reason", async () => {
    const caller = await api.callerFor(maria);
    const [first] = await caller.recommendations.mine();
    if (!first) throw new Error("Maria has no recommendations.");
    await caller.recommendations.dismiss({
      sessionId: first.sessionId,
      reason: "Done this last year",
    });
    const after = await caller.recommendations.mine();
    expect(after.map((item) => item.sessionId)).not.toContain(first.sessionId);
  });

  it("names the reason field when it is blank", async () => {
    const caller = await api.callerFor(maria);
    const [first] = await caller.recommendations.mine();
    await expect(
      caller.recommendations.dismiss({ sessionId: first?.sessionId ?? "", reason: "  " }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Say briefly why"),
    });
  });

  it("completing a recommended session through the MicroPD router removes it", async () => {
    const caller = await api.callerFor(maria);
    const home = await caller.teacher.home();
    const next = home.enrolments[0]?.next;
    if (next?.kind !== "available") throw new Error("Maria has no session to take.");
    const before = await caller.recommendations.mine();
    expect(before.map((item) => item.sessionId)).toContain(next.session.id);
    await caller.micropd.complete({
      sessionId: next.session.id,
      reflection:
        "We previewed five words with pictures and students used them in their summaries.",
    });
    const after = await caller.recommendations.mine();
    expect(after.map((item) => item.sessionId)).not.toContain(next.session.id);
  });
});

describe("a coach's pin", () => {
  it("comes first for the teacher, marked with the coach's name, until unpinned", async () => {
    const coach = await api.callerFor(mariasCoach);
    const teacherId = await mariasId();
    const list = await coach.recommendations.forTeacher({ teacherId });
    const last = list.at(-1);
    if (!last) throw new Error("Maria has no recommendations.");
    await coach.recommendations.pin({ teacherId, sessionId: last.sessionId });

    const teacher = await api.callerFor(maria);
    const [first] = await teacher.recommendations.mine();
    expect(first).toMatchObject({
      sessionId: last.sessionId,
      pinnedBy: { displayName: "Janelle Brooks" },
    });
    expect(first?.reason.startsWith("Assigned by your coach")).toBe(true);

    expect(await coach.recommendations.unpin({ teacherId, sessionId: last.sessionId })).toEqual({
      unpinned: true,
    });
    const [afterUnpin] = await teacher.recommendations.mine();
    expect(afterUnpin?.pinnedBy ?? null).toBeNull();
  });

  it("refuses a session of a stage the teacher has not opened", async () => {
    const coach = await api.callerFor(mariasCoach);
    const teacherId = await mariasId();
    const framework = await coach.framework.stages();
    const stage3 = framework.find((stage) => stage.position === 3);
    const stage = await coach.framework.stage({ stageId: stage3?.id ?? "" });
    const sessionId = stage.sessions[0]?.id ?? "";
    expect(await codeOf(coach.recommendations.pin({ teacherId, sessionId }))).toBe("BAD_REQUEST");
  });
});

describe("a coach's dismissal", () => {
  it("sets a session aside for the teacher, and the coach reads every reason, theirs and hers", async () => {
    const coach = await api.callerFor(mariasCoach);
    const teacherId = await mariasId();
    const [first] = await coach.recommendations.forTeacher({ teacherId });
    if (!first) throw new Error("Maria has no recommendations.");
    await coach.recommendations.dismissFor({
      teacherId,
      sessionId: first.sessionId,
      reason: "She modelled this for the team last month.",
    });
    const teacher = await api.callerFor(maria);
    expect((await teacher.recommendations.mine()).map((item) => item.sessionId)).not.toContain(
      first.sessionId,
    );
    const setAside = await coach.recommendations.dismissedFor({ teacherId });
    expect(setAside[0]).toMatchObject({
      sessionId: first.sessionId,
      reason: "She modelled this for the team last month.",
      by: { displayName: "Janelle Brooks" },
    });
    // The teacher's own "not for me" from the earlier test is there too, with her reason.
    expect(setAside.some((item) => item.by.displayName === "Maria Delgado")).toBe(true);
  });

  it("needs a reason, and is only for coaches who support the teacher", async () => {
    const coach = await api.callerFor(mariasCoach);
    const teacherId = await mariasId();
    const [first] = await coach.recommendations.forTeacher({ teacherId });
    await expect(
      coach.recommendations.dismissFor({
        teacherId,
        sessionId: first?.sessionId ?? "",
        reason: "",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const principal = await api.callerFor("principal@maplevalley.test");
    expect(await codeOf(principal.recommendations.dismissedFor({ teacherId }))).toBe("FORBIDDEN");
  });
});

describe("who may read", () => {
  it("a principal is FORBIDDEN on a teacher's recommendations and growth", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    const teacherId = await mariasId();
    expect(await codeOf(principal.recommendations.forTeacher({ teacherId }))).toBe("FORBIDDEN");
    expect(await codeOf(principal.recommendations.growth({ teacherId }))).toBe("FORBIDDEN");
  });

  it("a teacher cannot read another teacher's", async () => {
    const other = await api.callerFor(otherTeacher);
    const teacherId = await mariasId();
    expect(await codeOf(other.recommendations.forTeacher({ teacherId }))).toBe("FORBIDDEN");
    expect(await codeOf(other.recommendations.growth({ teacherId }))).toBe("FORBIDDEN");
    expect(await codeOf(other.recommendations.pin({ teacherId, sessionId: teacherId }))).toBe(
      "FORBIDDEN",
    );
  });
});

describe("coaching kept apart from evaluation", () => {
  it("a coach's list rests only on evidence the coach may see: no walkthrough level in a reason", async () => {
    const coach = await api.callerFor(mariasCoach);
    const teacherId = await mariasId();
    const [list, growth] = await Promise.all([
      coach.recommendations.forTeacher({ teacherId }),
      coach.recommendations.growth({ teacherId }),
    ]);
    const seen = new Set(growth.indicators.map((item) => item.id));
    for (const item of list) {
      if (item.indicator) expect(seen.has(item.indicator.id)).toBe(true);
    }
  });
});

describe("recommendations.growth", () => {
  it("shows the teacher every published level of theirs, oldest first", async () => {
    const caller = await api.callerFor(maria);
    const growth = await caller.recommendations.growth();
    expect(growth.levels.map((level) => level.label)).toEqual([
      "Not yet observed",
      "Beginning",
      "Developing",
      "Proficient",
    ]);
    const vocabulary = growth.indicators.find((item) => item.code === "1.4");
    expect(vocabulary?.points).toEqual([
      { on: daysAgo(200), rank: 1, source: "imported" },
      { on: daysAgo(14), rank: 2, source: "imported" },
    ]);
    expect(vocabulary?.targetRank).toBe(3);
  });

  it("shows a supporting coach no evaluation data: no walkthrough, no imported rating", async () => {
    const coach = await api.callerFor(mariasCoach);
    const growth = await coach.recommendations.growth({ teacherId: await mariasId() });
    const sources = new Set(growth.indicators.flatMap((item) => item.points.map((p) => p.source)));
    expect(sources).toEqual(new Set(["coaching"]));
    const teacher = await (await api.callerFor(maria)).recommendations.growth();
    const teacherSources = teacher.indicators.flatMap((item) => item.points.map((p) => p.source));
    // The demo has walkthroughs and imported ratings of Maria: she sees them, her coach does not.
    expect(new Set(teacherSources)).toEqual(new Set(["coaching", "walkthrough", "imported"]));
    expect(teacherSources.filter((source) => source === "coaching").length).toBe(
      growth.indicators.flatMap((item) => item.points).length,
    );
  });
});
