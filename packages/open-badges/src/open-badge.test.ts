import { describe, expect, it } from "vitest";
import { didDocument } from "./did-web.ts";
import { buildOpenBadge, identityHash } from "./open-badge.ts";
import { signCredential } from "./sign.ts";
import { DID, sampleBadgeInput, testSigningKey } from "./test-fixtures.ts";
import { verifySignature } from "./verify.ts";

const NOW = new Date("2026-03-02T15:00:00Z");

async function signedSample() {
  const key = await testSigningKey();
  const signed = await signCredential(buildOpenBadge(sampleBadgeInput()), key, NOW);
  const published = didDocument(DID, [
    { id: key.keyId, publicKeyMultibase: key.publicKeyMultibase },
  ]);
  const resolve = async (did: string) => (did === DID ? published : null);
  return { signed, resolve, key };
}

describe("an Open Badges 3.0 credential", () => {
  it("is signed with eddsa-rdfc-2022 and verifies against the issuer's DID document", async () => {
    const { signed, resolve } = await signedSample();
    expect(signed.proof).toMatchObject([
      {
        type: "DataIntegrityProof",
        cryptosuite: "eddsa-rdfc-2022",
        proofPurpose: "assertionMethod",
        verificationMethod: `${DID}#key-1`,
      },
    ]);
    expect(await verifySignature(signed, resolve)).toEqual({ ok: true });
  });

  it("fails verification when one character of its subject changes", async () => {
    const { signed, resolve } = await signedSample();
    const tampered = structuredClone(signed);
    const subject = tampered.credentialSubject as { achievement: { name: string } };
    subject.achievement.name = subject.achievement.name.replace("Q", "q");
    expect((await verifySignature(tampered, resolve)).ok).toBe(false);
  });

  it("fails verification when the DID document publishes another key", async () => {
    const { signed } = await signedSample();
    const other = await testSigningKey();
    const wrong = didDocument(DID, [{ id: "key-1", publicKeyMultibase: other.publicKeyMultibase }]);
    expect((await verifySignature(signed, async () => wrong)).ok).toBe(false);
  });

  it("fails verification when the issuer's DID cannot be resolved", async () => {
    const { signed } = await signedSample();
    expect((await verifySignature(signed, async () => null)).ok).toBe(false);
  });

  it("identifies the earner by a salted SHA-256 of their email, never the email", () => {
    const built = buildOpenBadge(sampleBadgeInput());
    expect(JSON.stringify(built)).not.toContain("teacher@maplevalley.test");
    expect(identityHash("teacher@maplevalley.test", "abc")).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(identityHash(" Teacher@MapleValley.test", "abc")).toBe(
      identityHash("teacher@maplevalley.test", "abc"),
    );
  });

  it("leaves validUntil out when the credential does not expire", () => {
    expect(buildOpenBadge(sampleBadgeInput({ validUntil: null }))).not.toHaveProperty("validUntil");
  });
});
