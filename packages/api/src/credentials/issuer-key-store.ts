import {
  decryptSecretKey,
  encryptSecretKey,
  generateIssuerKey,
} from "@throughline/credentials/issuer-keys";
import type { SigningKey } from "@throughline/credentials/sign";
import type { Transaction } from "@throughline/db/client";
import { issuerKey } from "@throughline/db/schema";
import { asc, desc, isNull } from "drizzle-orm";

/** A district's key as the DID document publishes it: its row id is the key's fragment. */
export interface PublishedIssuerKey {
  id: string;
  publicKeyMultibase: string;
  retiredAt: Date | null;
}

/** Every key the district has signed with, oldest first (the tenant transaction scopes them). */
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

async function createIssuerKey(
  tx: Transaction,
  params: { districtId: string; secret: string },
): Promise<{ id: string; publicKeyMultibase: string; secretKeyMultibase: string }> {
  const generated = await generateIssuerKey();
  const [row] = await tx
    .insert(issuerKey)
    .values({
      districtId: params.districtId,
      publicKeyMultibase: generated.publicKeyMultibase,
      encryptedSecretKey: encryptSecretKey(generated.secretKeyMultibase, params.secret),
    })
    .returning({ id: issuerKey.id });
  if (!row) throw new Error("The issuer key was not written.");
  return { id: row.id, ...generated };
}

/**
 * The district's current signing key, created on first need. The secret half is decrypted
 * only here, for the signature being made, and never leaves the process.
 */
export async function currentSigningKey(
  tx: Transaction,
  params: { districtId: string; secret: string; did: string },
): Promise<SigningKey> {
  const [current] = await tx
    .select()
    .from(issuerKey)
    .where(isNull(issuerKey.retiredAt))
    .orderBy(desc(issuerKey.createdAt))
    .limit(1);
  if (current) {
    return {
      did: params.did,
      keyId: current.id,
      publicKeyMultibase: current.publicKeyMultibase,
      secretKeyMultibase: decryptSecretKey(current.encryptedSecretKey, params.secret),
    };
  }
  const created = await createIssuerKey(tx, params);
  return { did: params.did, keyId: created.id, ...created };
}

/**
 * Retires the district's current key(s) and makes a new one. Retired keys keep their rows, so
 * the DID document still publishes them and badges signed before the rotation still verify.
 */
export async function rotateIssuerKey(
  tx: Transaction,
  params: { districtId: string; secret: string; now: Date },
): Promise<{ keyId: string; publicKeyMultibase: string; retiredKeys: number }> {
  const retired = await tx
    .update(issuerKey)
    .set({ retiredAt: params.now })
    .where(isNull(issuerKey.retiredAt))
    .returning({ id: issuerKey.id });
  const created = await createIssuerKey(tx, params);
  return {
    keyId: created.id,
    publicKeyMultibase: created.publicKeyMultibase,
    retiredKeys: retired.length,
  };
}
