import { listIssuerKeys } from "@throughline/db/queries/credentials/issuer-key";
import { audit } from "../../audit.ts";
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
});
