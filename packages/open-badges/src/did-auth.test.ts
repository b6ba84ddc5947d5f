import { describe, expect, it } from "vitest";
import { didKeyDocument, verifyDidAuthentication } from "./did-auth.ts";
import { createWalletHolder } from "./wallet-holder.ts";

const REQUEST = { challenge: "3f1e0a7c-challenge", domain: "throughline.example.org" };

describe("a wallet's DIDAuth presentation", () => {
  it("verifies for its did:key holder over the challenge and domain asked for", async () => {
    const wallet = await createWalletHolder();
    const presentation = await wallet.present(REQUEST);
    expect(await verifyDidAuthentication(presentation, REQUEST)).toEqual({
      ok: true,
      holder: wallet.did,
    });
  });

  it("fails for another challenge or another domain (no replay)", async () => {
    const wallet = await createWalletHolder();
    const presentation = await wallet.present(REQUEST);
    const otherChallenge = { ...REQUEST, challenge: "another" };
    expect((await verifyDidAuthentication(presentation, otherChallenge)).ok).toBe(false);
    const otherDomain = { ...REQUEST, domain: "evil.example" };
    expect((await verifyDidAuthentication(presentation, otherDomain)).ok).toBe(false);
  });

  it("fails when the presentation claims a holder whose key did not sign it", async () => {
    const wallet = await createWalletHolder();
    const victim = await createWalletHolder();
    const presentation = await wallet.present({ ...REQUEST, holder: victim.did });
    expect(await verifyDidAuthentication(presentation, REQUEST)).toMatchObject({ ok: false });
  });

  it("fails when the signed presentation was altered", async () => {
    const wallet = await createWalletHolder();
    const presentation = await wallet.present(REQUEST);
    const other = await createWalletHolder();
    const proof = (presentation.proof as Record<string, unknown>) ?? {};
    const swapped = {
      ...presentation,
      holder: other.did,
      proof: {
        ...proof,
        verificationMethod: `${other.did}#${other.did.slice("did:key:".length)}`,
      },
    };
    expect((await verifyDidAuthentication(swapped, REQUEST)).ok).toBe(false);
  });

  it("fails unsigned, and for a holder that is not an Ed25519 did:key", async () => {
    const wallet = await createWalletHolder();
    expect((await verifyDidAuthentication({ holder: wallet.did }, REQUEST)).ok).toBe(false);
    expect((await verifyDidAuthentication({ holder: "did:web:example.org" }, REQUEST)).ok).toBe(
      false,
    );
    expect(didKeyDocument("did:key:zQ3notEd25519")).toBeNull();
  });
});

describe("a DIDAuth presentation signed as the Learner Credential Wallet signs it", () => {
  it("verifies with Ed25519Signature2020 in the VC 1.1 data model", async () => {
    const wallet = await createWalletHolder("Ed25519Signature2020");
    const presentation = await wallet.present(REQUEST);
    expect((presentation.proof as { type?: string }).type).toBe("Ed25519Signature2020");
    expect(await verifyDidAuthentication(presentation, REQUEST)).toEqual({
      ok: true,
      holder: wallet.did,
    });
  });

  it("still fails for another challenge, or another holder's claim", async () => {
    const wallet = await createWalletHolder("Ed25519Signature2020");
    const presentation = await wallet.present(REQUEST);
    expect((await verifyDidAuthentication(presentation, { ...REQUEST, challenge: "x" })).ok).toBe(
      false,
    );
    const victim = await createWalletHolder();
    const claimed = await wallet.present({ ...REQUEST, holder: victim.did });
    expect((await verifyDidAuthentication(claimed, REQUEST)).ok).toBe(false);
  });
});
