/// <reference path="./vendor-types.d.ts" />
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { createDocumentLoader } from "./document-loader.ts";

const VC_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1";

/** How a wallet signs: W3C Data Integrity, or Ed25519Signature2020 as the Learner Credential Wallet does. */
type WalletSuite = "eddsa-rdfc-2022" | "Ed25519Signature2020";

/**
 * A wallet as tests need one: a fresh Ed25519 did:key that signs DIDAuth presentations the way a
 * wallet answers a VC-API exchange (purpose authentication). Real keys and real signatures, so
 * what the server checks is what a wallet sends.
 */
export async function createWalletHolder(signsWith: WalletSuite = "eddsa-rdfc-2022") {
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
      const holder = request.holder ?? did;
      const suite =
        signsWith === "Ed25519Signature2020"
          ? new Ed25519Signature2020({ signer: pair.signer() })
          : new DataIntegrityProof({ signer: pair.signer(), cryptosuite });
      // The Learner Credential Wallet presents in the VC 1.1 data model with the 2020 suite.
      const presentation =
        signsWith === "Ed25519Signature2020"
          ? {
              "@context": [VC_V1_CONTEXT, Ed25519Signature2020.CONTEXT_URL],
              type: ["VerifiablePresentation"],
              holder,
            }
          : vc.createPresentation({ holder });
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
