/**
 * did:web identifiers for a district's issuer (https://w3c-ccg.github.io/did-method-web/):
 * the host (a port percent-encoded as `%3A`), then the path segments joined by `:`.
 */
export function districtDid(publicUrl: string, districtSlug: string): string {
  const url = new URL(publicUrl);
  const host = url.host.replace(":", "%3A");
  const basePath = url.pathname.split("/").filter((segment) => segment !== "");
  return ["did:web", host, ...basePath, "districts", districtSlug]
    .map((part, index) => (index < 2 ? part : encodeURIComponent(part)))
    .join(":");
}

/** Where a did:web's document lives: `https://<host>/<path>/did.json`. */
export function didDocumentUrl(did: string): string {
  const [method, kind, host, ...path] = did.split("#", 1)[0]?.split(":") ?? [];
  if (method !== "did" || kind !== "web" || !host) throw new Error(`Not a did:web: ${did}`);
  const origin = decodeURIComponent(host);
  // did:web over plain http is only for a local server (development and tests).
  const scheme = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin) ? "http" : "https";
  const suffix = path.length === 0 ? ".well-known" : path.map(decodeURIComponent).join("/");
  return `${scheme}://${origin}/${suffix}/did.json`;
}

/** A key's verification method id: `<did>#<key id>`. */
function verificationMethodId(did: string, keyId: string): string {
  return `${did}#${keyId}`;
}

interface PublishedKey {
  id: string;
  publicKeyMultibase: string;
}

/**
 * The DID document of a district: every key it has ever signed with (current and retired) as a
 * Multikey verification method authorised for assertions, so earlier badges still verify.
 */
export function didDocument(did: string, keys: PublishedKey[]): Record<string, unknown> {
  const methods = keys.map((key) => ({
    id: verificationMethodId(did, key.id),
    type: "Multikey",
    controller: did,
    publicKeyMultibase: key.publicKeyMultibase,
  }));
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
}
