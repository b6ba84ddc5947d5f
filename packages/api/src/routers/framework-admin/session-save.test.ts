import type { AuditAction } from "@throughline/domain/audit";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/field-errors.ts";
import { sessionSaveInput } from "../../testing/session-save-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

const FAILING = "This block is refused by the database.";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
beforeAll(async () => {
  district = await testDistrict(api);
  // A block the database refuses after the details were written: the case a transaction is for.
  await api.db.execute(
    sql.raw(`
      create function refuse_marked_block() returns trigger language plpgsql as $$
      begin
        if new.body->>'markdown' = '${FAILING}' then
          raise exception 'block refused';
        end if;
        return new;
      end $$`),
  );
  await api.db.execute(
    sql.raw(`create trigger refuse_marked_block before insert on content_block
      for each row execute function refuse_marked_block()`),
  );
});

async function firstSession() {
  const admin = await district.callerFor(district.admin);
  const [stage] = await admin.frameworkAdmin.stages();
  const page = await admin.frameworkAdmin.stage({ stageId: stage?.id ?? "" });
  const sessionId = page.sessions[0]?.id ?? "";
  return { admin, session: await admin.frameworkAdmin.session({ sessionId }) };
}

type Session = Awaited<ReturnType<typeof firstSession>>["session"];

/** The session a save stored; a save refused as made from an older copy fails the test. */
async function savedSession(
  save: Promise<
    | { outcome: "saved"; session: Session }
    | { outcome: "conflict"; message: string; current: Session }
  >,
) {
  const result = await save;
  if (result.outcome !== "saved") throw new Error(result.message);
  return result.session;
}

async function entriesOf(action: AuditAction, subjectId: string) {
  const admin = await district.callerFor(district.admin);
  return (await admin.auditLog.list({ filter: { action, subjectId } })).entries;
}

describe("frameworkAdmin.saveSession", () => {
  it("saves the details and the blocks together", async () => {
    const { admin, session } = await firstSession();
    const blocks = [
      { kind: "reading" as const, markdown: "## Why\nA short reading." },
      { kind: "classroom_task" as const, instructions: "Try it tomorrow." },
    ];
    const saved = await savedSession(
      admin.frameworkAdmin.saveSession({
        ...sessionSaveInput(session),
        summary: "A summary written in the one save.",
        blocks,
      }),
    );
    expect(saved.summary).toBe("A summary written in the one save.");
    expect(saved.blocks).toEqual(blocks);
    const reread = await admin.frameworkAdmin.session({ sessionId: session.id });
    expect(reread.summary).toBe("A summary written in the one save.");
    expect(reread.blocks).toEqual(blocks);
  });

  it("refuses a save from an older revision without writing", async () => {
    const { admin, session } = await firstSession();
    const auditedBefore = (await entriesOf("framework.updated", session.id)).length;
    // Two admins opened the session at the same revision; the first one saves.
    const first = await admin.frameworkAdmin.saveSession({
      ...sessionSaveInput(session),
      summary: "Saved first, from the laptop.",
      blocks: [{ kind: "reading", markdown: "The first admin's reading." }],
    });
    expect(first).toMatchObject({
      outcome: "saved",
      session: { summary: "Saved first, from the laptop.", revision: session.revision + 1 },
    });
    const auditedAfterFirst = (await entriesOf("framework.updated", session.id)).length;
    expect(auditedAfterFirst).toBeGreaterThan(auditedBefore);

    // The second still holds the older revision: refused, and told what the first one saved.
    const second = await admin.frameworkAdmin.saveSession({
      ...sessionSaveInput(session),
      title: "A title from the older copy",
      summary: "Saved second, from an older copy.",
      blocks: [{ kind: "reading", markdown: "The second admin's reading." }],
    });
    expect(second).toMatchObject({
      outcome: "conflict",
      message: expect.stringContaining("Someone else saved this session"),
      current: {
        title: session.title,
        summary: "Saved first, from the laptop.",
        blocks: [{ kind: "reading", markdown: "The first admin's reading." }],
        revision: session.revision + 1,
      },
    });
    const stored = await admin.frameworkAdmin.session({ sessionId: session.id });
    expect(stored).toMatchObject({
      title: session.title,
      summary: "Saved first, from the laptop.",
      blocks: [{ kind: "reading", markdown: "The first admin's reading." }],
      revision: session.revision + 1,
    });
    // Nothing written, so nothing on the audit log either.
    expect(await entriesOf("framework.updated", session.id)).toHaveLength(auditedAfterFirst);

    // Keeping their own edits on the revision they were shown: saved, and the revision moves on.
    const kept = await admin.frameworkAdmin.saveSession({
      ...sessionSaveInput(stored),
      summary: "Saved second, from an older copy.",
      blocks: session.blocks,
    });
    expect(kept).toMatchObject({
      outcome: "saved",
      session: { summary: "Saved second, from an older copy.", revision: session.revision + 2 },
    });
    const entry = (await entriesOf("framework.updated", session.id)).find(
      (each) => each.after && "summary" in each.after,
    );
    expect(entry).toMatchObject({
      before: { summary: "Saved first, from the laptop." },
      after: { summary: "Saved second, from an older copy." },
    });
    expect(entry?.after).not.toHaveProperty("revision");
  });

  it("of two saves from the same copy at once, stores one and refuses the other", async () => {
    const { admin, session } = await firstSession();
    const saves = await Promise.all(
      ["Written at the same moment, A.", "Written at the same moment, B."].map((summary) =>
        admin.frameworkAdmin.saveSession({
          ...sessionSaveInput(session),
          summary,
          blocks: session.blocks,
        }),
      ),
    );
    expect(saves.map((save) => save.outcome).sort()).toEqual(["conflict", "saved"]);
    const stored = await admin.frameworkAdmin.session({ sessionId: session.id });
    const winner = saves.find((save) => save.outcome === "saved");
    expect(stored.summary).toBe(winner?.session.summary);
    expect(stored.revision).toBe(session.revision + 1);
  });

  it("a block the database refuses rolls the details back too", async () => {
    const { admin, session } = await firstSession();
    const refusal = await refusalOf(
      admin.frameworkAdmin.saveSession({
        ...sessionSaveInput(session),
        title: "A title that must not be kept",
        summary: "A summary that must not be kept.",
        blocks: [
          { kind: "reading", markdown: "A fine first block." },
          { kind: "reading", markdown: FAILING },
        ],
      }),
    );
    expect(refusal.code).not.toBe("OK");
    const after = await admin.frameworkAdmin.session({ sessionId: session.id });
    expect(after.title).toBe(session.title);
    expect(after.summary).toBe(session.summary);
    expect(after.blocks).toEqual(session.blocks);
  });

  it("names a bad block by its place and stores nothing", async () => {
    const { admin, session } = await firstSession();
    const refusal = await refusalOf(
      admin.frameworkAdmin.saveSession({
        ...sessionSaveInput(session),
        title: "Not kept either",
        blocks: [
          { kind: "reading", markdown: "Fine." },
          { kind: "video", url: "https://example.com/page", title: "A page", transcript: "…" },
        ],
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["blocks.1.url"]);
    expect((await admin.frameworkAdmin.session({ sessionId: session.id })).title).toBe(
      session.title,
    );
  });

  it("saves the after-the-lesson questions with the session and reads them back", async () => {
    const { admin, session } = await firstSession();
    const questions = ["How did the students respond?", "What would you change next time?"];
    const saved = await savedSession(
      admin.frameworkAdmin.saveSession({
        ...sessionSaveInput(session),
        afterLessonPrompts: ["  How did the students respond?  ", questions[1] ?? ""],
        blocks: session.blocks,
      }),
    );
    expect(saved.afterLessonPrompts).toEqual(questions);
    const reread = await admin.frameworkAdmin.session({ sessionId: session.id });
    expect(reread.afterLessonPrompts).toEqual(questions);
    const cleared = await savedSession(
      admin.frameworkAdmin.saveSession({
        ...sessionSaveInput(reread),
        afterLessonPrompts: [],
        blocks: reread.blocks,
      }),
    );
    expect(cleared.afterLessonPrompts).toEqual([]);
  });

  it("names a bad after-the-lesson question as a field error and stores nothing", async () => {
    const { admin, session } = await firstSession();
    const refusal = await refusalOf(
      admin.frameworkAdmin.saveSession({
        ...sessionSaveInput(session),
        title: "Not kept with a bad question",
        afterLessonPrompts: ["Fine question?", "Broken \u0000 question", "   "],
        blocks: session.blocks,
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual([
      "afterLessonPrompts.1",
      "afterLessonPrompts.2",
    ]);
    const tooMany = await refusalOf(
      admin.frameworkAdmin.saveSession({
        ...sessionSaveInput(session),
        afterLessonPrompts: ["1", "2", "3", "4", "5", "6"],
        blocks: session.blocks,
      }),
    );
    expect(tooMany.fieldErrors?.map((problem) => problem.path)).toEqual(["afterLessonPrompts"]);
    const after = await admin.frameworkAdmin.session({ sessionId: session.id });
    expect(after.title).toBe(session.title);
    expect(after.afterLessonPrompts).toEqual(session.afterLessonPrompts);
  });

  it("is for district admins only", async () => {
    const { session } = await firstSession();
    const principal = await district.callerFor(await district.principalElsewhere());
    const refusal = await refusalOf(
      principal.frameworkAdmin.saveSession({
        ...sessionSaveInput(session),
        blocks: [{ kind: "reading", markdown: "Mine now." }],
      }),
    );
    expect(refusal.code).toBe("FORBIDDEN");
  });
});
