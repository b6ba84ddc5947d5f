import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import type { TestApi } from "../../testing/test-api.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The pulse after a session, workshop or meeting: asked once per item and teacher, skippable,
 * answered only by the teacher for themselves on what they finished; and what the district's
 * framework authors read back, with comments only from three responses and no names.
 */

const REFLECTION =
  "I will open tomorrow's lesson with the essential question on the board and return to it twice.";

const api = testApiPerFile();
type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

/** Completes the demo teacher's next open session and answers its id. */
async function completeNextSession(teacher: Caller): Promise<string> {
  const home = await teacher.teacher.home();
  const next = home.enrolments.find((row) => row.next?.kind === "available")?.next;
  if (next?.kind !== "available") throw new Error("The demo teacher has no session open now.");
  await teacher.micropd.complete({ sessionId: next.session.id, reflection: REFLECTION });
  return next.session.id;
}

async function feedbackRows(itemId: string) {
  return rawRows<{ person_email: string; usefulness: number | null; will_use: string | null }>(
    api.db,
    sql`select p.email as person_email, f.usefulness, f.will_use::text as will_use
        from session_feedback f join person p on p.district_id = f.district_id and p.id = f.person_id
        where f.item_id = ${itemId}`,
  );
}

describe("the pulse after a MicroPD session", () => {
  it("is asked once: answered tap by tap, then no longer pending", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const sessionId = await completeNextSession(teacher);
    const item = { itemKind: "micropd_session" as const, itemId: sessionId };

    const before = await teacher.sessionFeedback.forItem(item);
    expect(before.state).toBe("unanswered");
    expect((await teacher.sessionFeedback.pending()).map((row) => row.itemId)).toContain(sessionId);

    const first = await teacher.sessionFeedback.answer({ ...item, usefulness: 3 });
    expect(first).toMatchObject({ state: "answered", usefulness: 3, willUse: null });
    const second = await teacher.sessionFeedback.answer({ ...item, willUse: "not_yet" });
    // A later tap keeps the earlier answer.
    expect(second).toMatchObject({ usefulness: 3, willUse: "not_yet", comment: null });
    await teacher.sessionFeedback.answer({ ...item, comment: "  Short and practical.  " });

    expect(await teacher.sessionFeedback.forItem(item)).toMatchObject({
      state: "answered",
      usefulness: 3,
      willUse: "not_yet",
      comment: "Short and practical.",
    });
    expect((await teacher.sessionFeedback.pending()).map((row) => row.itemId)).not.toContain(
      sessionId,
    );
    // One row, however many taps.
    const rows = await feedbackRows(sessionId);
    expect(rows.filter((row) => row.person_email === demoEmail.teacher)).toEqual([
      { person_email: demoEmail.teacher, usefulness: 3, will_use: "not_yet" },
    ]);
  });

  it("skipping records the item as asked; a skip never clears an answer", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const sessionId = await completeNextSession(teacher);
    const item = { itemKind: "micropd_session" as const, itemId: sessionId };

    expect((await teacher.sessionFeedback.skip(item)).state).toBe("skipped");
    expect((await teacher.sessionFeedback.pending()).map((row) => row.itemId)).not.toContain(
      sessionId,
    );
    // Answering later still counts, and a second skip leaves the answer alone.
    await teacher.sessionFeedback.answer({ ...item, usefulness: 4, willUse: "yes" });
    expect((await teacher.sessionFeedback.skip(item)).state).toBe("answered");
    expect(await teacher.sessionFeedback.forItem(item)).toMatchObject({
      usefulness: 4,
      willUse: "yes",
    });
  });

  it("is asked only about what the teacher finished", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const home = await teacher.teacher.home();
    const next = home.enrolments.find((row) => row.next?.kind === "available")?.next;
    if (next?.kind !== "available") throw new Error("The demo teacher has no session open now.");
    const open = { itemKind: "micropd_session" as const, itemId: next.session.id };
    expect(await codeOf(teacher.sessionFeedback.forItem(open))).toBe("NOT_FOUND");
    expect(await codeOf(teacher.sessionFeedback.answer({ ...open, usefulness: 4 }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(teacher.sessionFeedback.skip(open))).toBe("NOT_FOUND");

    // A meeting that is not held yet, or a workshop of a cohort the teacher is not in.
    const [scheduled] = await rawRows<{ id: string }>(
      api.db,
      sql`select m.id::text as id from support_meeting m where m.status = 'scheduled' limit 1`,
    );
    const [otherCohort] = await rawRows<{ id: string }>(
      api.db,
      sql`select c.id::text as id from cohort c where not exists (
            select 1 from enrolment e join person p on p.district_id = e.district_id and p.id = e.person_id
            where e.cohort_id = c.id and p.email = ${demoEmail.teacher}) limit 1`,
    );
    for (const item of [
      { itemKind: "support_meeting" as const, itemId: scheduled?.id ?? "" },
      { itemKind: "workshop" as const, itemId: otherCohort?.id ?? "" },
    ]) {
      expect(await codeOf(teacher.sessionFeedback.answer({ ...item, usefulness: 2 }))).toBe(
        "NOT_FOUND",
      );
    }
  });

  it("a teacher answers only for themselves", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const leader = await api.callerFor(demoEmail.leader);
    const sessionId = await completeNextSession(teacher);
    const item = { itemKind: "micropd_session" as const, itemId: sessionId };
    // Someone who has not completed it cannot answer on it, whatever they send.
    expect(await codeOf(leader.sessionFeedback.answer({ ...item, usefulness: 1 }))).toBe(
      "NOT_FOUND",
    );
    // A person named in the input is not who answers: the signed-in teacher is.
    const [leaderRow] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from person where email = ${demoEmail.leader}`,
    );
    const spoofed = { ...item, usefulness: 2, personId: leaderRow?.id } as typeof item & {
      usefulness: 2;
    };
    await teacher.sessionFeedback.answer(spoofed);
    const rows = await feedbackRows(sessionId);
    expect(
      rows.filter((row) => [demoEmail.teacher, demoEmail.leader].includes(row.person_email)),
    ).toEqual([{ person_email: demoEmail.teacher, usefulness: 2, will_use: null }]);
  });

  it("says what is wrong with bad input, and where", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const sessionId = await completeNextSession(teacher);
    const item = { itemKind: "micropd_session" as const, itemId: sessionId };
    const tooUseful = await refusalOf(teacher.sessionFeedback.answer({ ...item, usefulness: 5 }));
    expect(tooUseful.code).toBe("BAD_REQUEST");
    expect(tooUseful.fieldErrors?.[0]).toMatchObject({ path: "usefulness" });
    const nothing = await refusalOf(teacher.sessionFeedback.answer(item));
    expect(nothing.code).toBe("BAD_REQUEST");
    expect(nothing.fieldErrors?.[0]?.message).toBe("Answer a question or write a comment");
    const tooLong = await refusalOf(
      teacher.sessionFeedback.answer({ ...item, comment: "x".repeat(1001) }),
    );
    expect(tooLong.fieldErrors?.[0]).toMatchObject({ path: "comment" });
  });
});

describe("the pulse after a workshop and a meeting", () => {
  it("asks about a held meeting the teacher attended and a workshop they attended", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const [held] = await rawRows<{ id: string }>(
      api.db,
      sql`select m.id::text as id from support_meeting m
          join meeting_attendance a on a.district_id = m.district_id and a.meeting_id = m.id
          join person p on p.district_id = a.district_id and p.id = a.person_id
          where p.email = ${demoEmail.teacher} and a.attendance = 'present' and m.status = 'closed'
          order by m.starts_at desc limit 1`,
    );
    const [workshop] = await rawRows<{ id: string }>(
      api.db,
      sql`select e.cohort_id::text as id from enrolment e
          join person p on p.district_id = e.district_id and p.id = e.person_id
          where p.email = ${demoEmail.teacher} and e.workshop_attended limit 1`,
    );
    const meeting = { itemKind: "support_meeting" as const, itemId: held?.id ?? "" };
    const attended = { itemKind: "workshop" as const, itemId: workshop?.id ?? "" };
    expect((await teacher.sessionFeedback.forItem(meeting)).state).toBe("unanswered");
    expect((await teacher.sessionFeedback.answer({ ...meeting, usefulness: 4 })).state).toBe(
      "answered",
    );
    const workshopPulse = await teacher.sessionFeedback.forItem(attended);
    expect(workshopPulse.title).toMatch(/^Workshop: /);
    expect((await teacher.sessionFeedback.skip(attended)).state).toBe("skipped");
  });
});

describe("what framework authors read", () => {
  it("per session: completions, median minutes, feedback, comments without names, and a flag", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const sessions = await admin.sessionFeedback.authoredSessions();
    expect(sessions.length).toBeGreaterThan(20);

    const flagged = sessions.filter((row) => row.revision.flagged);
    expect(flagged.map((row) => row.title)).toEqual([
      "Writing Essential Questions Students Can Answer",
    ]);
    const low = flagged[0];
    expect(low?.responses).toBeGreaterThanOrEqual(5);
    expect(low?.meanUsefulness).toBeLessThan(2.5);

    const answered = sessions.filter((row) => row.responses > 0);
    expect(answered.length).toBeGreaterThan(5);
    for (const row of sessions) {
      // Comments only from three responses on.
      expect(row.comments.visible).toBe(row.responses >= 3);
      if (row.completions > 0) expect(row.medianMinutes).not.toBeNull();
      const shares = row.usefulness.reduce((sum, share) => sum + share.count, 0);
      expect(shares).toBeLessThanOrEqual(row.responses);
    }
    const withComments = sessions.find((row) => row.comments.visible && row.comments.items.length);
    expect(withComments).toBeDefined();
    // No teacher's name travels with the figures.
    const names = await rawRows<{ display_name: string }>(
      api.db,
      sql`select display_name from person`,
    );
    const text = JSON.stringify(sessions);
    for (const { display_name } of names) expect(text).not.toContain(display_name);
  });

  it("withholds comments on a session with fewer than three responses", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const teacher = await api.callerFor(demoEmail.teacher);
    const sessionId = await completeNextSession(teacher);
    const before = (await admin.sessionFeedback.authoredSessions()).find(
      (row) => row.sessionId === sessionId,
    );
    await teacher.sessionFeedback.answer({
      itemKind: "micropd_session",
      itemId: sessionId,
      usefulness: 1,
      willUse: "no",
      comment: "Not for my grade.",
    });
    const after = (await admin.sessionFeedback.authoredSessions()).find(
      (row) => row.sessionId === sessionId,
    );
    expect(after?.responses).toBe((before?.responses ?? 0) + 1);
    expect(after?.willUse.no).toBe((before?.willUse.no ?? 0) + 1);
    if ((after?.responses ?? 0) < 3) {
      expect(after?.comments).toEqual({ visible: false });
    } else {
      expect(after?.comments).toMatchObject({ visible: true });
    }
  });

  it("is the district admin's alone", async () => {
    for (const email of [demoEmail.teacher, demoEmail.principal, "coach@maplevalley.test"]) {
      const caller = await api.callerFor(email);
      expect(await codeOf(caller.sessionFeedback.authoredSessions())).toBe("FORBIDDEN");
    }
  });

  it("counts only the district's own feedback", async () => {
    const cedar = await api.callerFor("coach@cedarridge.test");
    expect(await codeOf(cedar.sessionFeedback.authoredSessions())).toBe("FORBIDDEN");
    const [mapleSession] = await rawRows<{ id: string }>(
      api.db,
      sql`select f.item_id::text as id from session_feedback f
          join district d on d.id = f.district_id where d.slug = 'maple-valley' limit 1`,
    );
    const item = { itemKind: "micropd_session" as const, itemId: mapleSession?.id ?? "" };
    expect(await codeOf(cedar.sessionFeedback.forItem(item))).not.toBe("OK");
    expect(await codeOf(cedar.sessionFeedback.answer({ ...item, usefulness: 1 }))).not.toBe("OK");
  });
});
