import type { Transaction } from "@throughline/db/client";
import { submissionForReview } from "@throughline/db/queries/credentials/credential-review";
import { reviewsOfSubmissions } from "@throughline/db/queries/credentials/credential-review-queue";
import { loadReviewSettings } from "@throughline/db/queries/credentials/review-settings";
import { reviewModeOf } from "@throughline/domain/rules/review-decision";
import { TRPCError } from "@trpc/server";
import { requireEligible } from "./access.ts";

/**
 * A submission as one reviewer (`personId`) finds it: the eligibility rule first (refusing
 * anyone it does not allow), then the submission with its version, the district's review
 * settings, the reviews so far and what this reviewer may do now. `leadOnly` refuses a
 * reviewer who is not a lead of the credential before anything is read; `forUpdate` locks the
 * submission's row, so two reviewers finishing together are decided one after the other.
 */
export async function submissionUnderReview(
  ctx: { tx: Transaction; districtId: string; personId: string },
  params: { submissionId: string; now: Date; leadOnly?: boolean; forUpdate?: boolean },
) {
  const { submissionId, now } = params;
  const { isLead } = await requireEligible(ctx.tx, { submissionId, personId: ctx.personId, now });
  if (params.leadOnly && !isLead) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only a lead reviewer of this credential settles a disagreement.",
    });
  }
  const found = await submissionForReview(ctx.tx, { submissionId, forUpdate: params.forUpdate });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such submission." });
  const settings = await loadReviewSettings(ctx.tx, ctx.districtId);
  const reviews = await reviewsOfSubmissions(ctx.tx, [submissionId]);
  const mode = reviewModeOf({
    reviews,
    reviewsRequired: settings.reviewsRequired,
    status: found.submission.status,
    viewerId: ctx.personId,
    isLead,
  });
  return { ...found, isLead, settings, reviews, mode };
}
