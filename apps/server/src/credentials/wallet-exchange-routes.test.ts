import { awardSeededBadge } from "@throughline/api/testing/earned-badge-fixture";
import { TEST_PUBLIC_URL, TEST_SERVER_SECRET } from "@throughline/api/testing/test-api";
import { awardedBadge } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { onedtechSchemaErrors } from "@throughline/open-badges/onedtech-schema";
import { verifySignature } from "@throughline/open-badges/verify";
import { createWalletHolder } from "@throughline/open-badges/wallet-holder";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

// The test API's own address and secret: its callers and this server then sign alike.
const PUBLIC_URL = TEST_PUBLIC_URL;
const SECRET = TEST_SERVER_SECRET;
const TEACHER = "teacher@maplevalley.test";

const { api, app } = testServerPerFile({ publicUrl: PUBLIC_URL, secret: SECRET });

/** Maria earns a badge and asks for a wallet link to it on her badges page. */
async function offeredBadge(credentialName: string) {
  const awarded = await awardSeededBadge(api.db, {
    districtSlug: "maple-valley",
    email: TEACHER,
    credentialName,
    now: new Date(),
    issuer: { publicUrl: PUBLIC_URL, secret: SECRET },
  });
  const teacher = await api.callerFor(TEACHER);
  const offer = await teacher.credentialIssuer.offerToWallet({ badgeId: awarded.badgeId });
  return { ...awarded, offer, path: new URL(offer.exchangeUrl).pathname };
}

interface PresentationRequest {
  query: unknown;
  challenge: string;
  domain: string;
  interact: { service: Array<{ serviceEndpoint: string }> };
}

interface IssuedCredential extends Record<string, unknown> {
  id: string;
  credentialSubject: { id: string; identifier: unknown[] };
}

interface ExchangeJson {
  error?: string;
  verifiablePresentationRequest?: PresentationRequest;
  verifiablePresentation?: { verifiableCredential: IssuedCredential[] };
}

/** What a wallet posts to an exchange, as JSON. */
async function post(path: string, body: unknown) {
  const response = await app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as ExchangeJson };
}

/** The exchange's first answer: the request for a DIDAuth presentation. */
async function presentationRequest(path: string): Promise<PresentationRequest> {
  const asked = await post(path, {});
  expect(asked.status).toBe(200);
  const request = asked.json.verifiablePresentationRequest;
  if (!request) throw new Error("The exchange asked for no presentation.");
  return request;
}

async function getCredential(badgeId: string): Promise<Record<string, unknown>> {
  return (await (await app.request(`/credentials/${badgeId}.json`)).json()) as Record<
    string,
    unknown
  >;
}

async function didDocument() {
  return (await (await app.request("/districts/maple-valley/did.json")).json()) as Record<
    string,
    unknown
  >;
}

describe("adding a badge to a wallet (VC-API exchange with DIDAuth)", () => {
  it("issues the badge to the DID the wallet proves, signed, passing the 1EdTech schema", async () => {
    const { offer, path, badgeId } = await offeredBadge("Learning-Focused Lesson Design");
    // The deep link opens the Learner Credential Wallet on this exchange.
    const request = new URL(offer.deepLink).searchParams.get("request");
    expect(JSON.parse(request ?? "{}")).toEqual({
      credentialRequestOrigin: PUBLIC_URL,
      protocols: { vcapi: offer.exchangeUrl },
    });

    const vpr = await presentationRequest(path);
    expect(vpr.query).toEqual([
      {
        type: "DIDAuthentication",
        acceptedMethods: [{ method: "key" }],
        acceptedCryptosuites: [{ cryptosuite: "eddsa-rdfc-2022" }],
      },
    ]);
    expect(vpr.domain).toBe("localhost:3000");
    expect(vpr.interact.service[0]?.serviceEndpoint).toBe(offer.exchangeUrl);

    const wallet = await createWalletHolder();
    const presentation = await wallet.present({ challenge: vpr.challenge, domain: vpr.domain });
    const answered = await post(path, { verifiablePresentation: presentation });
    expect(answered.status).toBe(200);
    const [credential] = answered.json.verifiablePresentation?.verifiableCredential ?? [];
    if (!credential) throw new Error("The exchange answered no credential.");
    expect(credential.id).toBe(`urn:uuid:${badgeId}`);
    expect(credential.credentialSubject.id).toBe(wallet.did);
    // The same award: its status entry too, so revoking the award revokes the wallet's copy.
    const stored = await getCredential(badgeId);
    expect(credential.credentialStatus).toEqual(stored.credentialStatus);
    // The hashed email stays: the badge still names its earner for a verifier without the DID.
    expect(credential.credentialSubject.identifier[0]).toMatchObject({ hashed: true });
    expect(onedtechSchemaErrors(credential)).toEqual([]);
    const published = await didDocument();
    expect(await verifySignature(credential, async () => published)).toEqual({ ok: true });
  });

  it("works once: a second presentation, even a valid one, is refused", async () => {
    const { path } = await offeredBadge("Higher-Order Questioning");
    const vpr = await presentationRequest(path);
    const wallet = await createWalletHolder();
    const presentation = await wallet.present({ challenge: vpr.challenge, domain: vpr.domain });
    expect((await post(path, { verifiablePresentation: presentation })).status).toBe(200);
    const again = await post(path, { verifiablePresentation: presentation });
    expect(again.status).toBe(404);
    expect(again.json.error).toContain("expired or was already used");
    expect((await post(path, {})).status).toBe(404);
  });

  it("refuses a presentation over another challenge, and one for another domain", async () => {
    const { path } = await offeredBadge("Pre-Teaching for Acceleration");
    const vpr = await presentationRequest(path);
    const wallet = await createWalletHolder();
    const replayed = await wallet.present({ challenge: "an-old-challenge", domain: vpr.domain });
    const wrongChallenge = await post(path, { verifiablePresentation: replayed });
    expect(wrongChallenge.status).toBe(400);
    expect(wrongChallenge.json.error).toContain("proof was not accepted");
    const elsewhere = await wallet.present({ challenge: vpr.challenge, domain: "evil.example" });
    expect((await post(path, { verifiablePresentation: elsewhere })).status).toBe(400);
    // Refusals do not use the exchange up: the right wallet can still finish.
    const right = await wallet.present({ challenge: vpr.challenge, domain: vpr.domain });
    expect((await post(path, { verifiablePresentation: right })).status).toBe(200);
  });

  it("answers 404 for an unknown token and 410 once the badge is revoked", async () => {
    const unknown = `/districts/maple-valley/exchanges/${"A".repeat(43)}`;
    expect((await post(unknown, {})).status).toBe(404);
    expect((await post("/districts/maple-valley/exchanges/short", {})).status).toBe(404);

    const { path, badgeId, districtId } = await offeredBadge("Learning-Focused Lesson Design");
    await withTenant(api.db, districtId, (tx) =>
      tx
        .update(awardedBadge)
        .set({ revokedAt: new Date(), revokedReason: "Awarded in error." })
        .where(eq(awardedBadge.id, badgeId)),
    );
    expect((await post(path, {})).status).toBe(410);
    const teacher = await api.callerFor(TEACHER);
    await expect(teacher.credentialIssuer.offerToWallet({ badgeId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("offers only the earner's own badge", async () => {
    const { badgeId } = await offeredBadge("Higher-Order Questioning");
    const someoneElse = await api.callerFor("angela.rossi@maplevalley.test");
    await expect(someoneElse.credentialIssuer.offerToWallet({ badgeId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
