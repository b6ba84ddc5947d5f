import type { Transaction } from "@throughline/db/client";
import { currentCredentialVersions } from "@throughline/db/queries/credentials/calibration";
import {
  reviewsOfSubmissions,
  submittedSubmissions,
  teacherSchoolNames,
} from "@throughline/db/queries/credentials/credential-review-queue";
import {
  reviewEligibilities,
  reviewerStanding,
} from "@throughline/db/queries/credentials/review-eligibility";
import { loadReviewSettings } from "@throughline/db/queries/credentials/review-settings";
import { reviewsForPartner } from "@throughline/db/queries/partnerships/partner-standing";
import { calibrationAccess } from "@throughline/domain/calibration";
import { anonymousTeacherLabel, waitingDays } from "@throughline/domain/credential-review";
import { reviewModeOf } from "@throughline/domain/rules/review-decision";

/** One submission in a reviewer's queue; `teacher` is null under blind review. */
interface QueueItem {
  submissionId: string;
  credentialName: string;
  attempt: number;
  submittedAt: Date;
  waitingDays: number;
  overdue: boolean;
  teacher: { name: string; school: string | null } | null;
  label: string;
  draftSaved: boolean;
  reviewsDone: number;
}

/**
 * A reviewer's queue: submitted work they may review (the single eligibility rule decides),
 * oldest first, without what they already finished; and, for lead reviewers, the submissions
 * whose two reviews disagree. The teacher's name and school are left out under blind review,
 * which a partner district's reviewer always has, whatever this district's setting.
 */
export async function reviewQueue(
  tx: Transaction,
  params: { districtId: string; personId: string; now: Date; calibrates: boolean },
) {
  const { personId, now } = params;
  const settings = await loadReviewSettings(tx, params.districtId);
  const blind = settings.blind || (await reviewsForPartner(tx, personId));
  const versions = await currentCredentialVersions(tx);
  const certifications = await Promise.all(
    versions.map(async (version) => {
      const standing = await reviewerStanding(tx, {
        personId,
        credentialId: version.credentialId,
        now,
      });
      return {
        credentialId: version.credentialId,
        name: version.name,
        isLead: standing.isLead,
        certifiedUntil: standing.certifiedUntil,
        calibration: calibrationAccess(standing, now),
      };
    }),
  );
  // A partner's reviewer (who does not calibrate here) sees only what they may review.
  const standings = params.calibrates
    ? certifications
    : certifications.filter((entry) => entry.isLead || entry.certifiedUntil !== null);
  const reviewable = certifications
    .filter((entry) => entry.isLead || entry.certifiedUntil !== null)
    .map((entry) => entry.credentialId);

  const submitted = await submittedSubmissions(tx, { credentialIds: reviewable });
  const reviews = await reviewsOfSubmissions(
    tx,
    submitted.map((row) => row.id),
  );
  const schools = blind
    ? new Map<string, string>()
    : await teacherSchoolNames(
        tx,
        submitted.map((row) => row.personId),
      );

  const eligibilities = await reviewEligibilities(tx, {
    personId,
    submissionIds: submitted.map((row) => row.id),
    now,
  });

  const toReview: QueueItem[] = [];
  const toDecide: QueueItem[] = [];
  for (const row of submitted) {
    const eligibility = eligibilities.get(row.id);
    if (!eligibility?.ok) continue;
    const ofSubmission = reviews.filter((review) => review.submissionId === row.id);
    const mode = reviewModeOf({
      reviews: ofSubmission,
      reviewsRequired: settings.reviewsRequired,
      status: "submitted",
      viewerId: personId,
      isLead: eligibility.isLead,
    });
    if (mode !== "review" && mode !== "decide") continue;
    const submittedAt = row.submittedAt ?? now;
    const days = waitingDays(submittedAt, now);
    const item = {
      submissionId: row.id,
      credentialName: row.credentialName,
      attempt: row.attempt,
      submittedAt,
      waitingDays: days,
      overdue: days > settings.waitingDays,
      teacher: blind ? null : { name: row.teacherName, school: schools.get(row.personId) ?? null },
      label: blind ? anonymousTeacherLabel(row.id) : row.teacherName,
      draftSaved: ofSubmission.some(
        (review) => review.reviewerId === personId && review.submittedAt === null,
      ),
      reviewsDone: ofSubmission.filter(
        (review) => review.kind === "independent" && review.submittedAt !== null,
      ).length,
    };
    (mode === "review" ? toReview : toDecide).push(item);
  }
  return {
    reviewsRequired: settings.reviewsRequired,
    waitingDaysAllowed: settings.waitingDays,
    blind,
    toReview,
    toDecide,
    certifications: standings,
  };
}
