import { asc, desc, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { issuerKey } from "../../schema/index.ts";

/* A district's badge-signing keys; the tenant transaction scopes every statement to it. */

/** A district's key as the DID document publishes it: its row id is the key's fragment. */
export interface PublishedIssuerKey {
  id: string;
  publicKeyMultibase: string;
  retiredAt: Date | null;
}

/** Every key the district has signed with, oldest first. */
export function listIssuerKeys(tx: Transaction): Promise<PublishedIssuerKey[]> {
  return tx
    .select({
      id: issuerKey.id,
      publicKeyMultibase: issuerKey.publicKeyMultibase,
      retiredAt: issuerKey.retiredAt,
    })
    .from(issuerKey)
    .orderBy(asc(issuerKey.createdAt), asc(issuerKey.id));
}

/** The newest key not yet retired, with its encrypted secret half; null before the first. */
export async function findCurrentIssuerKey(
  tx: Transaction,
): Promise<{ id: string; publicKeyMultibase: string; encryptedSecretKey: string } | null> {
  const [current] = await tx
    .select({
      id: issuerKey.id,
      publicKeyMultibase: issuerKey.publicKeyMultibase,
      encryptedSecretKey: issuerKey.encryptedSecretKey,
    })
    .from(issuerKey)
    .where(isNull(issuerKey.retiredAt))
    .orderBy(desc(issuerKey.createdAt))
    .limit(1);
  return current ?? null;
}

/** Writes a new key (its secret half already encrypted) and answers its id. */
export async function insertIssuerKey(
  tx: Transaction,
  values: { districtId: string; publicKeyMultibase: string; encryptedSecretKey: string },
): Promise<string> {
  const [row] = await tx.insert(issuerKey).values(values).returning({ id: issuerKey.id });
  if (!row) throw new Error("The issuer key was not written.");
  return row.id;
}

/** Retires every current key at `now`; answers how many were retired. */
export async function retireIssuerKeys(tx: Transaction, now: Date): Promise<number> {
  const retired = await tx
    .update(issuerKey)
    .set({ retiredAt: now })
    .where(isNull(issuerKey.retiredAt))
    .returning({ id: issuerKey.id });
  return retired.length;
}
