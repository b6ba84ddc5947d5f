import { waitingDays } from "@throughline/domain/credential-review";
import { gt } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { credentialLeadReviewer, reviewerCertification } from "../../schema/index.ts";
import {
  reviewsOfSubmissions,
  submittedSubmissions,
} from "../credentials/credential-review-queue.ts";
import { reviewEligibility } from "../credentials/review-eligibility.ts";
import { loadReviewSettings } from "../credentials/review-settings.ts";
import { notify } from "../notifications/notify.ts";
import type { ReminderContext } from "./reminder-context.ts";

/**
 * Once per submission, tells the credential's lead and certified reviewers that it has waited
 * longer than the district allows; never someone the eligibility rule keeps from reviewing it,
 * nor someone who already finished a review of it. The title names no teacher (blind review).
 */
export async function remindReviewWaiting(
  tx: Transaction,
  context: ReminderContext,
): Promise<number> {
  const { now, districtId } = context;
  const settings = await loadReviewSettings(tx, districtId);
  const [leads, certified] = await Promise.all([
    tx
      .select({
        credentialId: credentialLeadReviewer.credentialId,
        personId: credentialLeadReviewer.personId,
      })
      .from(credentialLeadReviewer),
    tx
      .select({
        credentialId: reviewerCertification.credentialId,
        personId: reviewerCertification.personId,
      })
      .from(reviewerCertification)
      .where(gt(reviewerCertification.expiresAt, now)),
  ]);
  const reviewers = [...leads, ...certified];
  const credentialIds = [...new Set(reviewers.map((row) => row.credentialId))];
  const overdue = (await submittedSubmissions(tx, { credentialIds })).filter(
    (row) => row.submittedAt && waitingDays(row.submittedAt, now) > settings.waitingDays,
  );
  if (overdue.length === 0) return 0;
  const reviews = await reviewsOfSubmissions(
    tx,
    overdue.map((row) => row.id),
  );
  let written = 0;
  for (const row of overdue) {
    const finished = new Set(
      reviews
        .filter((review) => review.submissionId === row.id && review.submittedAt !== null)
        .map((review) => review.reviewerId),
    );
    const candidates = [
      ...new Set(
        reviewers
          .filter((reviewer) => reviewer.credentialId === row.credentialId)
          .map((reviewer) => reviewer.personId),
      ),
    ].filter((personId) => !finished.has(personId));
    const recipients: string[] = [];
    for (const personId of candidates) {
      const eligibility = await reviewEligibility(tx, { personId, submissionId: row.id, now });
      if (eligibility?.ok) recipients.push(personId);
    }
    const days = row.submittedAt ? waitingDays(row.submittedAt, now) : 0;
    written += await notify(
      tx,
      districtId,
      {
        recipientIds: recipients,
        kind: "review_waiting",
        title: `A ${row.credentialName} submission has waited ${days} days for review`,
        body: `Attempt ${row.attempt}. Your district asks for a review within ${settings.waitingDays} days.`,
        link: { app: "coach", path: `/reviews/${row.id}` },
        subjectId: row.id,
        dedupeKey: `review_waiting:${row.id}`,
      },
      now,
    );
  }
  return written;
}
