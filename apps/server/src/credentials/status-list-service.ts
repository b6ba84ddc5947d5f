import { STATUS_LIST_LENGTH } from "@throughline/api/credentials/award-badge";
import { currentSigningKey } from "@throughline/api/credentials/issuer-key-store";
import type { Database } from "@throughline/db/client";
import type { PublicDistrict } from "@throughline/db/queries/districts/public-district";
import { withTenant } from "@throughline/db/tenant";
import { issuerUrls } from "@throughline/open-badges/public-urls";
import { signCredential } from "@throughline/open-badges/sign";
import { buildStatusListCredential, encodeStatusList } from "@throughline/open-badges/status-list";
import { revokedIndexes } from "./badge-lookup.ts";

/** How far behind ours a verifier's clock may run and still accept a freshly signed list. */
const CLOCK_SKEW_MS = 5 * 60_000;

interface CachedList {
  fingerprint: string;
  credential: Record<string, unknown>;
}

/**
 * A district's revocation list as a signed BitstringStatusListCredential. Signing is the costly
 * part, so the signed list is kept in memory and re-signed only when the revoked bits (or the
 * signing key) change; every server process builds the same list from the same rows.
 */
export function createStatusLists(deps: { db: Database; publicUrl: string; secret: string }) {
  const cache = new Map<string, CachedList>();

  return {
    async forDistrict(target: PublicDistrict): Promise<Record<string, unknown>> {
      const revoked = await revokedIndexes(deps.db, target.id);
      const urls = issuerUrls(deps.publicUrl, target.slug);
      return withTenant(deps.db, target.id, async (tx) => {
        const key = await currentSigningKey(tx, {
          districtId: target.id,
          secret: deps.secret,
          did: urls.did,
        });
        const fingerprint = `${key.keyId}:${revoked.join(",")}`;
        const cached = cache.get(target.id);
        if (cached?.fingerprint === fingerprint) return cached.credential;

        // Dated a little before it is signed: a verifier whose clock runs behind ours would
        // otherwise refuse a list re-signed a moment ago as not valid yet.
        const signedAt = new Date(Date.now() - CLOCK_SKEW_MS);
        const unsigned = buildStatusListCredential({
          listUrl: urls.statusList,
          issuerDid: urls.did,
          encodedList: await encodeStatusList(STATUS_LIST_LENGTH, revoked),
          validFrom: signedAt,
        });
        const credential = await signCredential(unsigned, key, signedAt);
        cache.set(target.id, { fingerprint, credential });
        return credential;
      });
    },
  };
}

export type StatusLists = ReturnType<typeof createStatusLists>;
