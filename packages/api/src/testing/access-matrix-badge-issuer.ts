import type { Decision } from "./access-matrix.ts";
import { districtAdmins } from "./access-matrix.ts";
import { demoTeacherOnly } from "./access-matrix-shared-decisions.ts";
import type { ForeignIds } from "./foreign-ids.ts";

/*
 * The district as its badges' issuer (website and logo) and the offer of a badge to a wallet:
 * their access decisions, their inputs aimed at a place's rows, and at another district's.
 */

export const badgeIssuerDecisions: Record<string, Decision> = {
  // Only the earner offers their badge to their wallet: at the other school the badge is another
  // teacher's, and nobody else's badge is found.
  "credentialIssuer.offerToWallet": demoTeacherOnly,
  "credentialIssuer.profile": districtAdmins,
  "credentialIssuer.saveProfile": districtAdmins,
};

/** The place's awarded badge (the place teacher's own). */
export const badgeIssuerAimedInputs: Record<
  string,
  (ids: { badgeId: string }) => Record<string, unknown>
> = {
  "credentialIssuer.offerToWallet": (ids) => ({ badgeId: ids.badgeId }),
};

/** No badge is seeded: a credential id stands in, as any foreign id must fail. */
export const badgeIssuerInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "credentialIssuer.offerToWallet": (foreign) => ({ badgeId: foreign.credentialId }),
  "credentialIssuer.saveProfile": () => ({ websiteUrl: "https://www.example.org" }),
};
