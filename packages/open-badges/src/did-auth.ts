/// <reference path="./vendor-types.d.ts" />
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { createDocumentLoader } from "./document-loader.ts";

const MULTIKEY_CONTEXTS = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"];
/** An Ed25519 did:key: `z6Mk` is the multibase prefix of an Ed25519 public key. */
const ED25519_DID_KEY = /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]{40,50})$/;

/**
 * The DID document of an Ed25519 did:key, made from the DID itself (did:key needs no lookup):
 * its one key may authenticate, which is what a wallet's DIDAuth presentation uses it for.
 */
export function didKeyDocument(did: string): Record<string, unknown> | null {
  const fingerprint = ED25519_DID_KEY.exec(did)?.[1];
  if (!fingerprint) return null;
  const method = {
    id: `${did}#${fingerprint}`,
    type: "Multikey",
    controller: did,
    publicKeyMultibase: fingerprint,
  };
  return {
    "@context": MULTIKEY_CONTEXTS,
    id: did,
    verificationMethod: [method],
    authentication: [method.id],
    assertionMethod: [method.id],
  };
}

type DidAuthResult = { ok: true; holder: string } | { ok: false; reason: string };

/** The holder a presentation names, as a string or an object with an id. */
function holderOf(presentation: Record<string, unknown>): string | null {
  const { holder } = presentation;
  if (typeof holder === "string") return holder;
  if (holder && typeof holder === "object" && "id" in holder && typeof holder.id === "string") {
    return holder.id;
  }
  return null;
}

function proofMethods(presentation: Record<string, unknown>): string[] {
  const proofs = Array.isArray(presentation.proof) ? presentation.proof : [presentation.proof];
  return proofs
    .map((proof) => (proof && typeof proof === "object" ? proof.verificationMethod : undefined))
    .filter((method): method is string => typeof method === "string");
}

/**
 * Checks a wallet's DIDAuth presentation (VC-API exchanges, "DIDAuthentication"): signed with
 * eddsa-rdfc-2022 or Ed25519Signature2020 by a key of its holder's did:key, for the purpose authentication, over exactly
 * the challenge and domain this server asked for. Answers the holder's DID when all of it holds.
 */
export async function verifyDidAuthentication(
  presentation: Record<string, unknown>,
  expected: { challenge: string; domain: string },
): Promise<DidAuthResult> {
  const holder = holderOf(presentation);
  if (!holder) return { ok: false, reason: "The presentation names no holder." };
  if (!didKeyDocument(holder)) {
    return { ok: false, reason: "The holder must be an Ed25519 did:key." };
  }
  const methods = proofMethods(presentation);
  if (methods.length === 0) return { ok: false, reason: "The presentation is not signed." };
  // The signing key must be the holder's own, not any key that can sign.
  if (!methods.every((method) => method.split("#", 1)[0] === holder)) {
    return { ok: false, reason: "The presentation is signed by a key that is not the holder's." };
  }
  try {
    const result = await vc.verify({
      presentation,
      // Wallets sign with either: the W3C Data Integrity suite, or (the Learner Credential
      // Wallet, as of 2026) the older Ed25519Signature2020. Both are Ed25519 over RDFC-1.0.
      suite: [new DataIntegrityProof({ cryptosuite }), new Ed25519Signature2020()],
      challenge: expected.challenge,
      domain: expected.domain,
      documentLoader: createDocumentLoader(async (did) => didKeyDocument(did)),
    });
    if (result.verified) return { ok: true, holder };
    const reason =
      result.presentationResult?.results?.find((r) => !r.verified)?.error?.message ??
      result.error?.errors?.[0]?.message ??
      result.error?.message ??
      "The presentation's proof does not verify.";
    return { ok: false, reason };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
