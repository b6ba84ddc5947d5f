import { describe, expect, it } from "vitest";
import { didDocument, didDocumentUrl, districtDid } from "./did-web.ts";

describe("did:web", () => {
  it.each([
    ["https://throughline.example.org", "did:web:throughline.example.org:districts:maple-valley"],
    ["http://localhost:3000", "did:web:localhost%3A3000:districts:maple-valley"],
    ["https://example.org:8443/", "did:web:example.org%3A8443:districts:maple-valley"],
    ["https://example.org/pd", "did:web:example.org:pd:districts:maple-valley"],
  ])("derives the district's DID from %s", (publicUrl, did) => {
    expect(districtDid(publicUrl, "maple-valley")).toBe(did);
  });

  it.each([
    [
      "did:web:throughline.example.org:districts:maple-valley",
      "https://throughline.example.org/districts/maple-valley/did.json",
    ],
    [
      "did:web:localhost%3A3000:districts:maple-valley",
      "http://localhost:3000/districts/maple-valley/did.json",
    ],
    ["did:web:example.org", "https://example.org/.well-known/did.json"],
  ])("maps %s to where its document is served", (did, url) => {
    expect(didDocumentUrl(did)).toBe(url);
  });

  it("lists every key, current and retired, as an assertion method", () => {
    const did = "did:web:example.org:districts:maple-valley";
    const document = didDocument(did, [
      { id: "old", publicKeyMultibase: "z6MkOld" },
      { id: "new", publicKeyMultibase: "z6MkNew" },
    ]);
    expect(document.assertionMethod).toEqual([`${did}#old`, `${did}#new`]);
    expect(document.verificationMethod).toEqual([
      { id: `${did}#old`, type: "Multikey", controller: did, publicKeyMultibase: "z6MkOld" },
      { id: `${did}#new`, type: "Multikey", controller: did, publicKeyMultibase: "z6MkNew" },
    ]);
  });
});
