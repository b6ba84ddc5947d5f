import type { Transaction } from "@throughline/db/client";
import {
  findCurrentIssuerKey,
  insertIssuerKey,
  retireIssuerKeys,
} from "@throughline/db/queries/issuer-key";
import {
  decryptSecretKey,
  encryptSecretKey,
  generateIssuerKey,
} from "@throughline/open-badges/issuer-keys";
import type { SigningKey } from "@throughline/open-badges/sign";

async function createIssuerKey(
  tx: Transaction,
  params: { districtId: string; secret: string },
): Promise<{ id: string; publicKeyMultibase: string; secretKeyMultibase: string }> {
  const generated = await generateIssuerKey();
  const id = await insertIssuerKey(tx, {
    districtId: params.districtId,
    publicKeyMultibase: generated.publicKeyMultibase,
    encryptedSecretKey: encryptSecretKey(generated.secretKeyMultibase, params.secret),
  });
  return { id, ...generated };
}

/**
 * The district's current signing key, created on first need. The secret half is decrypted
 * only here, for the signature being made, and never leaves the process.
 */
export async function currentSigningKey(
  tx: Transaction,
  params: { districtId: string; secret: string; did: string },
): Promise<SigningKey> {
  const current = await findCurrentIssuerKey(tx);
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
  const retiredKeys = await retireIssuerKeys(tx, params.now);
  const created = await createIssuerKey(tx, params);
  return { keyId: created.id, publicKeyMultibase: created.publicKeyMultibase, retiredKeys };
}
