/// <reference path="./vendor-types.d.ts" />
import type { Ed25519MultikeyPair } from "@digitalbazaar/ed25519-multikey";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";

/**
 * A fresh Ed25519 key: the public half is published, the secret half is stored sealed under the
 * server secret (by the API, which holds that secret).
 */
interface GeneratedIssuerKey {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

export async function generateIssuerKey(): Promise<GeneratedIssuerKey> {
  const pair = await Ed25519Multikey.generate();
  const exported = await pair.export({ publicKey: true, secretKey: true });
  if (!exported.secretKeyMultibase) throw new Error("The generated key has no secret half.");
  return {
    publicKeyMultibase: exported.publicKeyMultibase,
    secretKeyMultibase: exported.secretKeyMultibase,
  };
}

/** The key pair, named as the verification method `keyId` of `controller` (the issuer's DID). */
export function issuerKeyPair(params: {
  keyId: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase?: string;
}): Promise<Ed25519MultikeyPair> {
  return Ed25519Multikey.from({
    "@context": "https://w3id.org/security/multikey/v1",
    type: "Multikey",
    id: params.keyId,
    controller: params.controller,
    publicKeyMultibase: params.publicKeyMultibase,
    ...(params.secretKeyMultibase ? { secretKeyMultibase: params.secretKeyMultibase } : {}),
  });
}
