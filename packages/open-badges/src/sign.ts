/// <reference path="./vendor-types.d.ts" />
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { createDocumentLoader } from "./document-loader.ts";
import { issuerKeyPair } from "./issuer-keys.ts";

export interface SigningKey {
  /** The issuer's DID; the key is published in its DID document as `<did>#<keyId>`. */
  did: string;
  keyId: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/**
 * Signs a credential with an embedded Data Integrity proof (eddsa-rdfc-2022, Ed25519), purpose
 * assertionMethod. Signing resolves nothing remote: contexts are bundled and no DID is needed.
 * The proof is answered as a one-element array: the 1EdTech Open Badges 3.0 JSON schema types
 * `proof` as an array, and a JSON-LD verifier reads one proof and an array of one alike.
 */
export async function signCredential(
  credential: Record<string, unknown>,
  key: SigningKey,
  now: Date,
): Promise<Record<string, unknown>> {
  const keyPair = await issuerKeyPair({
    keyId: `${key.did}#${key.keyId}`,
    controller: key.did,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, date: now });
  const signed = await vc.issue({
    credential,
    suite,
    documentLoader: createDocumentLoader(async () => null),
  });
  const { proof } = signed;
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}
