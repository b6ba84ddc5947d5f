import type { Transaction } from "@throughline/db/client";
import {
  findCurrentIssuerKey,
  insertIssuerKey,
  retireIssuerKeys,
} from "@throughline/db/queries/credentials/issuer-key";
import { generateIssuerKey } from "@throughline/open-badges/issuer-keys";
import type { SigningKey } from "@throughline/open-badges/sign";
import { openSealedText, sealText } from "../sealed-text.ts";

async function createIssuerKey(
  tx: Transaction,
  params: { districtId: string; secret: string },
): Promise<{ id: string; publicKeyMultibase: string; secretKeyMultibase: string }> {
  const generated = await generateIssuerKey();
  const id = await insertIssuerKey(tx, {
    districtId: params.districtId,
    publicKeyMultibase: generated.publicKeyMultibase,
    encryptedSecretKey: sealText(generated.secretKeyMultibase, params.secret, "issuer key"),
  });
  return { id, ...generated };
}

function openIssuerKey(sealed: string, secret: string): string {
  const opened = openSealedText(sealed, secret, "issuer key");
  if (opened === null) {
    throw new Error(
      "The issuer key does not open with this server secret (was AUTH_SECRET changed?).",
    );
  }
  return opened;
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
      secretKeyMultibase: openIssuerKey(current.encryptedSecretKey, params.secret),
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
