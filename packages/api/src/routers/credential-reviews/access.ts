import { reviewEligibility } from "@throughline/db/queries/credentials/review-eligibility";
import { TRPCError } from "@trpc/server";
import { authedProcedure, requireTier, staffProcedure } from "../../trpc.ts";

/**
 * Calibrating is for the people who run professional learning here: the staff tier (coaches,
 * facilitating teacher leaders, principals and district staff). A teacher who is none of these
 * may not, and neither may a partner district's reviewer, who calibrated where they work.
 */
export const reviewerProcedure = staffProcedure;

/**
 * Reviewing is a role a person earns, not a kind of user: the reviewer tier (the staff, and a
 * partner district's certified reviewer accepted here) reviews once certified or named lead.
 */
export const reviewingProcedure = authedProcedure.use(({ ctx, next }) => {
  requireTier(ctx.scope, "reviewer");
  return next();
});

const refusals = {
  own_submission: "You cannot review your own submission.",
  not_certified: "You are not certified to review this credential. Take its calibration set first.",
  coaches_teacher: "You coach this teacher, so another reviewer reviews their work.",
} as const;

/** The single eligibility rule, as an API error: NOT_FOUND or FORBIDDEN with the reason. */
export async function requireEligible(
  ctx: Parameters<typeof reviewEligibility>[0],
  params: { personId: string; submissionId: string; now: Date },
): Promise<{ isLead: boolean }> {
  const eligibility = await reviewEligibility(ctx, params);
  if (!eligibility) throw new TRPCError({ code: "NOT_FOUND", message: "No such submission." });
  if (!eligibility.ok) {
    throw new TRPCError({ code: "FORBIDDEN", message: refusals[eligibility.reason] });
  }
  return { isLead: eligibility.isLead };
}
