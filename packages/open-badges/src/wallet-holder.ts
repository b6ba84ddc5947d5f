/// <reference path="./vendor-types.d.ts" />
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { createDocumentLoader } from "./document-loader.ts";

/**
 * A wallet as tests need one: a fresh Ed25519 did:key that signs DIDAuth presentations the way a
 * wallet answers a VC-API exchange (eddsa-rdfc-2022, purpose authentication). Real keys and real
 * signatures, so what the server checks is what a wallet sends.
 */
export async function createWalletHolder() {
  const generated = await Ed25519Multikey.generate();
  const did = `did:key:${generated.publicKeyMultibase}`;
  const pair = await Ed25519Multikey.from({
    type: "Multikey",
    id: `${did}#${generated.publicKeyMultibase}`,
    controller: did,
    publicKeyMultibase: generated.publicKeyMultibase,
    ...(generated.secretKeyMultibase ? { secretKeyMultibase: generated.secretKeyMultibase } : {}),
  });
  return {
    did,
    /** A presentation proving this DID, over the exchange's challenge and domain. */
    async present(request: { challenge: string; domain: string; holder?: string }) {
      const presentation = vc.createPresentation({ holder: request.holder ?? did });
      const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite });
      return vc.signPresentation({
        presentation,
        suite,
        challenge: request.challenge,
        domain: request.domain,
        documentLoader: createDocumentLoader(async () => null),
      });
    },
  };
}
