/// <reference path="./vendor-types.d.ts" />
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { createDocumentLoader, type DidResolver } from "./document-loader.ts";

type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a credential's proof (eddsa-rdfc-2022) against its issuer's DID document, offline.
 * Only the signature is judged here: the library is given the credential's own `validFrom` as
 * "now" and a status check that always passes, because the caller reports expiry and
 * revocation as results of their own (expired / revoked), not as a broken signature.
 */
export async function verifySignature(
  credential: Record<string, unknown>,
  resolveDid: DidResolver,
): Promise<SignatureCheck> {
  try {
    const validFrom = typeof credential.validFrom === "string" ? credential.validFrom : undefined;
    const result = await vc.verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: createDocumentLoader(resolveDid),
      ...(validFrom ? { now: validFrom } : {}),
      checkStatus: async () => ({ verified: true }),
    });
    if (result.verified) return { ok: true };
    return { ok: false, reason: firstReason(result) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function firstReason(result: vc.VerifyCredentialResult): string {
  const fromProof = result.results?.find((r) => !r.verified)?.error?.message;
  const fromError = result.error?.errors?.[0]?.message ?? result.error?.message;
  return fromProof ?? fromError ?? "The signature does not match the credential.";
}
