import {
  acceptReviewerOfferInputSchema,
  offerIdInputSchema,
  offerReviewerInputSchema,
  partnershipIdInputSchema,
  proposePartnershipInputSchema,
} from "@throughline/domain/partnerships";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";
import { acceptOffer, declineOffer, offerReviewer, withdrawOffer } from "./offer-actions.ts";
import { partnershipsOverview } from "./overview.ts";
import {
  acceptPartnershipAsPartner,
  endPartnershipAsParty,
  proposePartnership,
} from "./partnership-actions.ts";

/*
 * Partnerships between districts of one installation, for district admins: one proposes, the
 * other accepts, either ends it; each offers its certified reviewers to the other, which
 * accepts them onto its own credentials. A partner's reviewer then reviews there under the same
 * eligibility rule as the district's own, always blind (`credential-reviews`).
 */
export const partnershipsRouter = createRouter({
  /** The district's partnerships, offers both ways, and what it may offer and accept onto. */
  overview: districtAdminProcedure.query(({ ctx }) => partnershipsOverview(ctx)),

  propose: districtAdminProcedure
    .input(proposePartnershipInputSchema)
    .mutation(({ ctx, input }) => proposePartnership(ctx, input)),

  accept: districtAdminProcedure
    .input(partnershipIdInputSchema)
    .mutation(({ ctx, input }) => acceptPartnershipAsPartner(ctx, input.partnershipId)),

  /** Ends the partnership for both: every reviewer offered either way stops reviewing. */
  end: districtAdminProcedure
    .input(partnershipIdInputSchema)
    .mutation(({ ctx, input }) => endPartnershipAsParty(ctx, input.partnershipId)),

  offerReviewer: districtAdminProcedure
    .input(offerReviewerInputSchema)
    .mutation(({ ctx, input }) => offerReviewer(ctx, input)),

  withdrawOffer: districtAdminProcedure
    .input(offerIdInputSchema)
    .mutation(({ ctx, input }) => withdrawOffer(ctx, input.offerId)),

  acceptOffer: districtAdminProcedure
    .input(acceptReviewerOfferInputSchema)
    .mutation(({ ctx, input }) => acceptOffer(ctx, input)),

  /** Declines an offered reviewer, or stops one accepted earlier. */
  declineOffer: districtAdminProcedure
    .input(offerIdInputSchema)
    .mutation(({ ctx, input }) => declineOffer(ctx, input.offerId)),
});
