import { listIssuerKeys } from "@throughline/db/queries/issuer-key";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import { issuerConfigOf } from "../../credentials/award-badge.ts";
import { rotateIssuerKey } from "../../credentials/issuer-key-store.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";

export interface IssuerKeySummary {
  id: string;
  publicKeyMultibase: string;
  retiredAt: Date | null;
}

/** The district's badge-signing identity, managed by its district administrators. */
export const credentialIssuerRouter = createRouter({
  /** Every key the district has signed with (public halves only), oldest first. */
  keys: districtAdminProcedure.query(
    async ({ ctx }): Promise<IssuerKeySummary[]> => listIssuerKeys(ctx.tx),
  ),

  /**
   * Retires the current signing key and makes a new one; new badges are signed with the new
   * key, and the retired one stays published so badges signed with it still verify.
   */
  rotateKey: districtAdminProcedure.mutation(async ({ ctx }) => {
    const issuer = issuerConfigOf(ctx);
    if (!issuer) {
      throw new TRPCError({
        code: "INTERNAL_SERVER_ERROR",
        message: "Keys cannot be stored: the server has no secret configured.",
      });
    }
    const rotated = await rotateIssuerKey(ctx.tx, {
      districtId: ctx.districtId,
      secret: issuer.secret,
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
});
