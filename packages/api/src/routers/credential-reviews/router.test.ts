import { scheduleDueReminders } from "@throughline/db/queries/reminders/reminders";
import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  certify,
  insertSubmission,
  scoring,
  setReviewSettings,
} from "../../testing/credential-reviews-fixture.ts";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const THERESA = "theresa.lam@maplevalley.test";

const api = testApiPerFile();
let districtId: string;

beforeAll(async () => {
  const sample = await insertSubmission(api.db, { email: demoEmail.teacher });
  districtId = sample.districtId;
});

describe("who may review", () => {
  it("refuses the submitter, an uncertified person and the teacher's own coach", async () => {
    const own = await insertSubmission(api.db, { email: demoEmail.middleCoach });
    const leah = await api.callerFor(demoEmail.middleCoach);
    expect(
      await codeOf(leah.credentialReviews.submission({ submissionId: own.submissionId })),
    ).toBe("FORBIDDEN");
    const maria = await api.callerFor(demoEmail.teacher);
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    expect(await codeOf(maria.credentialReviews.submission(marias))).toBe("FORBIDDEN");

    const janelle = await api.callerFor(demoEmail.coach);
    const input = { submissionId: marias.submissionId };
    expect(await codeOf(janelle.credentialReviews.submission(input))).toBe("FORBIDDEN");
    await certify(api.db, demoEmail.coach);
    // Certified now, but she coaches Maria.
    expect(await codeOf(janelle.credentialReviews.submission(input))).toBe("FORBIDDEN");
    const sent = scoring(marias.submissionId, marias.criteria, "proficient");
    expect(await codeOf(janelle.credentialReviews.submit(sent))).toBe("FORBIDDEN");
    await setReviewSettings(api.db, districtId, { excludesCoached: false });
    try {
      expect(await codeOf(janelle.credentialReviews.submission(input))).toBe("OK");
    } finally {
      await setReviewSettings(api.db, districtId, { excludesCoached: true });
    }
  });

  it("hides another district's submission", async () => {
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    const cedar = await api.callerFor("coach@cedarridge.test");
    expect(await codeOf(cedar.credentialReviews.submission(marias))).toBe("NOT_FOUND");
  });
});

describe("the queue", () => {
  it("lists submissions oldest first with waiting days, and drops what I reviewed", async () => {
    const older = await insertSubmission(api.db, {
      email: demoEmail.teacher,
      daysAgo: 9,
      attempt: 70,
    });
    const leah = await api.callerFor(demoEmail.middleCoach);
    const queue = await leah.credentialReviews.queue();
    const item = queue.toReview.find((entry) => entry.submissionId === older.submissionId);
    expect(item).toMatchObject({
      waitingDays: 9,
      overdue: true,
      attempt: 70,
      label: "Maria Delgado",
    });
    expect(item?.teacher?.school).toContain("Maple Valley");
    const times = queue.toReview.map((entry) => entry.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(queue.certifications.every((entry) => entry.certifiedUntil !== null)).toBe(true);

    await leah.credentialReviews.submit(scoring(older.submissionId, older.criteria, "proficient"));
    const after = await leah.credentialReviews.queue();
    expect(after.toReview.some((entry) => entry.submissionId === older.submissionId)).toBe(false);
  });

  it("blind review leaves the teacher's name and school out of the queue and the page", async () => {
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    await setReviewSettings(api.db, districtId, { blind: true });
    try {
      const leah = await api.callerFor(demoEmail.middleCoach);
      const queue = JSON.stringify(await leah.credentialReviews.queue());
      const page = JSON.stringify(await leah.credentialReviews.submission(marias));
      for (const payload of [queue, page]) {
        expect(payload).not.toContain("Maria");
        expect(payload).not.toContain("Delgado");
        expect(payload).not.toContain("Maple Valley Elementary");
        expect(payload).not.toContain(marias.teacherId);
      }
      expect(page).toContain("Teacher A·");
    } finally {
      await setReviewSettings(api.db, districtId, { blind: false });
    }
  });
});

describe("one review decides", () => {
  it("refuses incomplete scores with a field error per criterion", async () => {
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    const leah = await api.callerFor(demoEmail.middleCoach);
    const [first, ...rest] = marias.criteria;
    const partial = scoring(marias.submissionId, first ? [first] : [], "proficient");
    const refusal = await refusalOf(leah.credentialReviews.submit(partial));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((error) => error.path).sort()).toEqual(
      rest.map((key) => `scores.${key}`).sort(),
    );
  });

  it("earned: the outcome comes from the scores, the badge is awarded and Maria is told", async () => {
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    const leah = await api.callerFor(demoEmail.middleCoach);
    // An outcome sent by the client is not part of the input and cannot change anything.
    const result = await leah.credentialReviews.submit({
      ...scoring(marias.submissionId, marias.criteria, "exemplary"),
      outcome: "not_yet",
    } as Parameters<typeof leah.credentialReviews.submit>[0]);
    expect(result.outcome).toBe("earned");
    const [submission] = await rawRows<{ status: string; decided_at: unknown }>(
      api.db,
      sql`select status::text as status, decided_at from credential_submission where id = ${marias.submissionId}`,
    );
    expect(submission?.status).toBe("earned");
    expect(submission?.decided_at).not.toBeNull();
    const badges = await rawRows(
      api.db,
      sql`select id from awarded_badge where submission_id = ${marias.submissionId}`,
    );
    expect(badges).toHaveLength(1);
    const told = await rawRows<{ kind: string; link_path: string }>(
      api.db,
      sql`select kind::text as kind, link_path from notification
          where subject_id = ${marias.submissionId} and recipient_id = ${marias.teacherId} order by kind`,
    );
    expect(told).toEqual([
      { kind: "badge_earned", link_path: "/badges" },
      { kind: "submission_reviewed", link_path: `/credentials/${marias.credentialId}/submission` },
    ]);
    expect(
      await codeOf(
        leah.credentialReviews.submit(scoring(marias.submissionId, marias.criteria, "exemplary")),
      ),
    ).toBe("CONFLICT");
  });

  it("not yet: one criterion under the bar needs feedback and decides not yet", async () => {
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    const leah = await api.callerFor(demoEmail.middleCoach);
    const sent = scoring(marias.submissionId, marias.criteria, "proficient");
    const weak = marias.criteria[0] ?? "";
    sent.scores[weak] = "developing";
    sent.feedback[weak] = "";
    const refusal = await refusalOf(leah.credentialReviews.submit(sent));
    expect(refusal.fieldErrors?.map((error) => error.path)).toEqual([`feedback.${weak}`]);
    sent.feedback[weak] = "Name the standard at the top of the plan.";
    expect((await leah.credentialReviews.submit(sent)).outcome).toBe("not_yet");
    const [submission] = await rawRows<{ status: string }>(
      api.db,
      sql`select status::text as status from credential_submission where id = ${marias.submissionId}`,
    );
    expect(submission?.status).toBe("not_yet");
    const badges = await rawRows(
      api.db,
      sql`select id from awarded_badge where submission_id = ${marias.submissionId}`,
    );
    expect(badges).toHaveLength(0);
  });
});

describe("two reviews required", () => {
  beforeAll(async () => {
    await certify(api.db, demoEmail.admin);
    await setReviewSettings(api.db, districtId, { reviewsRequired: 2 });
  });
  afterAll(() => setReviewSettings(api.db, districtId, { reviewsRequired: 1 }));

  it("two agreeing reviews decide", async () => {
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    const leah = await api.callerFor(demoEmail.middleCoach);
    const theresa = await api.callerFor(THERESA);
    const first = await leah.credentialReviews.submit(
      scoring(marias.submissionId, marias.criteria, "proficient"),
    );
    expect(first.decision).toEqual({ state: "waiting", reviewsNeeded: 1 });
    const second = await theresa.credentialReviews.submit(
      scoring(marias.submissionId, marias.criteria, "exemplary"),
    );
    expect(second.decision).toEqual({ state: "decided", outcome: "earned", by: "reviews" });
  });

  it("a disagreement goes to a lead reviewer; nobody else may decide it", async () => {
    const marias = await insertSubmission(api.db, { email: demoEmail.teacher });
    const leah = await api.callerFor(demoEmail.middleCoach);
    const denise = await api.callerFor(demoEmail.admin);
    const theresa = await api.callerFor(THERESA);
    await leah.credentialReviews.submit(
      scoring(marias.submissionId, marias.criteria, "proficient"),
    );
    const split = await denise.credentialReviews.submit(
      scoring(marias.submissionId, marias.criteria, "beginning"),
    );
    expect(split.decision).toEqual({ state: "needs_lead" });

    const decision = scoring(marias.submissionId, marias.criteria, "proficient");
    expect(await codeOf(leah.credentialReviews.decide(decision))).toBe("FORBIDDEN");
    const queue = await theresa.credentialReviews.queue();
    expect(queue.toDecide.map((entry) => entry.submissionId)).toContain(marias.submissionId);
    const page = await theresa.credentialReviews.submission(marias);
    expect(page.mode).toBe("decide");
    expect(page.disagreement).toHaveLength(2);
    // An independent review is no longer what this submission needs.
    expect(await codeOf(theresa.credentialReviews.submit(decision))).toBe("CONFLICT");
    const decided = await theresa.credentialReviews.decide(decision);
    expect(decided.decision).toEqual({ state: "decided", outcome: "earned", by: "lead" });
    const [submission] = await rawRows<{ status: string }>(
      api.db,
      sql`select status::text as status from credential_submission where id = ${marias.submissionId}`,
    );
    expect(submission?.status).toBe("earned");
  });
});

describe("review_waiting", () => {
  it("tells eligible reviewers once when a submission has waited too long", async () => {
    const waiting = await insertSubmission(api.db, { email: demoEmail.teacher, daysAgo: 12 });
    const run = () =>
      withTenant(api.db, districtId, (tx) => scheduleDueReminders(tx, districtId, new Date()));
    await run();
    const recipients = async () =>
      (
        await rawRows<{ email: string }>(
          api.db,
          sql`select p.email from notification n join person p on p.id = n.recipient_id
              where n.kind = 'review_waiting' and n.subject_id = ${waiting.submissionId}
              order by p.email`,
        )
      ).map((row) => row.email);
    const first = await recipients();
    expect(first).toContain(demoEmail.middleCoach);
    expect(first).toContain(THERESA);
    expect(first).not.toContain(demoEmail.coach);
    expect(first).not.toContain(demoEmail.teacher);
    await run();
    expect(await recipients()).toEqual(first);
  });
});
