import type { ForeignIds } from "./foreign-ids.ts";

/**
 * Partnership calls aimed at another district's rows: its people's ids as partnerships and
 * offers, its credential and certification ids; proposing names the caller's own district.
 */
export const partnershipInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "partnerships.propose": () => ({ partnerSlug: "maple-valley", note: "" }),
  "partnerships.accept": (foreign) => ({ partnershipId: foreign.personId }),
  "partnerships.end": (foreign) => ({ partnershipId: foreign.personId }),
  "partnerships.offerReviewer": (foreign) => ({
    partnershipId: foreign.personId,
    certificationId: foreign.credentialId,
  }),
  "partnerships.withdrawOffer": (foreign) => ({ offerId: foreign.personId }),
  "partnerships.acceptOffer": (foreign) => ({
    offerId: foreign.personId,
    credentialId: foreign.credentialId,
  }),
  "partnerships.declineOffer": (foreign) => ({ offerId: foreign.personId }),
};
