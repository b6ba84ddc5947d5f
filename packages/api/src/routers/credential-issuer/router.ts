import { listIssuerKeys } from "@throughline/db/queries/credentials/issuer-key";
import { walletOfferInputSchema } from "@throughline/domain/badge-issuer";
import { audit } from "../../audit.ts";
import { rotateIssuerKey } from "../../credentials/issuer-key-store.ts";
import { offerBadgeToWallet } from "../../credentials/wallet-exchange.ts";
import { createRouter, districtAdminProcedure, teacherProcedure } from "../../trpc.ts";
import { issuerProfileProcedures } from "./issuer-profile.ts";

export interface IssuerKeySummary {
  id: string;
  publicKeyMultibase: string;
  retiredAt: Date | null;
}

/**
 * The district as the issuer of its badges: its signing identity, managed by its district
 * administrators, and the offers of an earner's badge to their digital wallet.
 */
export const credentialIssuerRouter = createRouter({
  ...issuerProfileProcedures,

  /** Every key the district has signed with (public halves only), oldest first. */
  keys: districtAdminProcedure.query(
    async ({ ctx }): Promise<IssuerKeySummary[]> => listIssuerKeys(ctx.tx),
  ),

  /**
   * Retires the current signing key and makes a new one; new badges are signed with the new
   * key, and the retired one stays published so badges signed with it still verify.
   */
  rotateKey: districtAdminProcedure.mutation(async ({ ctx }) => {
    const rotated = await rotateIssuerKey(ctx.tx, {
      districtId: ctx.districtId,
      secret: ctx.secret,
      now: new Date(),
    });
    // The new key's id and how many were retired; key material never enters the log.
    await audit(ctx, {
      action: "badge.signing_key_rotated",
      subjectKind: "district",
      subjectId: ctx.districtId,
      before: null,
      after: { keyId: rotated.keyId, retiredKeys: rotated.retiredKeys },
    });
    return rotated;
  }),

  /**
   * A one-time link (and its wallet deep link) that issues my badge to the DID my wallet proves;
   * it works once, for a quarter of an hour.
   */
  offerToWallet: teacherProcedure.input(walletOfferInputSchema).mutation(async ({ ctx, input }) =>
    offerBadgeToWallet(
      ctx.tx,
      {
        districtId: ctx.districtId,
        personId: ctx.personId,
        badgeId: input.badgeId,
        now: new Date(),
      },
      { publicUrl: ctx.publicUrl, secret: ctx.secret },
    ),
  ),
});
