import { type Decision, districtAdmins } from "./access-matrix.ts";

/*
 * Partnerships in the access matrix: district admins only. The sample partnership and offer
 * ids name no partnership of the district, so those calls are refused as unknown for everyone
 * (the partnerships API test covers them on real partnerships and offers). Proposing names the
 * district's own short name: past the gate for district admins, refused as a field error.
 */
export const partnershipDecisions: Record<string, Decision> = {
  "partnerships.overview": districtAdmins,
  "partnerships.propose": districtAdmins,
  // No partnership or offer has the sample ids: unknown to everyone (see above).
  "partnerships.accept": {},
  "partnerships.end": {},
  "partnerships.offerReviewer": {},
  "partnerships.withdrawOffer": {},
  "partnerships.acceptOffer": {},
  "partnerships.declineOffer": {},
};
