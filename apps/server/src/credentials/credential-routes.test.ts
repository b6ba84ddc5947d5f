import { awardSeededBadge } from "@throughline/api/testing/earned-badge-fixture";
import { awardedBadge } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { BADGE_PNG_SIZE, pngSize } from "@throughline/open-badges/badge-png";
import { onedtechSchemaErrors } from "@throughline/open-badges/onedtech-schema";
import { statusListBit } from "@throughline/open-badges/status-list";
import { verifySignature } from "@throughline/open-badges/verify";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

const PUBLIC_URL = "https://throughline.example.org";
const SECRET = "a-server-secret-for-the-badge-route-tests";
const DID = "did:web:throughline.example.org:districts:maple-valley";

const { api, app } = testServerPerFile({ publicUrl: PUBLIC_URL, secret: SECRET });

function award(credentialName: string, now = new Date()) {
  return awardSeededBadge(api.db, {
    districtSlug: "maple-valley",
    email: "teacher@maplevalley.test",
    credentialName,
    now,
    issuer: { publicUrl: PUBLIC_URL, secret: SECRET },
  });
}

async function getJson(path: string): Promise<Record<string, unknown>> {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe("the public badge documents", () => {
  it("serve the district's DID document, and a credential that verifies against it", async () => {
    const { badgeId } = await award("Learning-Focused Lesson Design");
    const didDocument = await getJson("/districts/maple-valley/did.json");
    expect(didDocument.id).toBe(DID);
    expect(didDocument.assertionMethod).toHaveLength(1);

    const response = await app.request(`/credentials/${badgeId}.json`);
    expect(response.headers.get("content-type")).toContain("application/vc+ld+json");
    expect(response.headers.get("content-disposition")).toContain(`credential-${badgeId}.json`);
    const credential = (await response.json()) as Record<string, unknown>;
    const resolve = async (did: string) => (did === DID ? didDocument : null);
    // What a wallet downloads passes the official schema and still verifies.
    expect(onedtechSchemaErrors(credential)).toEqual([]);
    expect(await verifySignature(credential, resolve)).toEqual({ ok: true });

    const page = await (await app.request(`/credentials/${badgeId}`)).text();
    expect(page).toContain("Verified");
    expect(page).toContain("Maria Delgado");
    expect(page).toContain("Learning-Focused Lesson Design");
  });

  it("sets the badge's bit in the signed status list once it is revoked", async () => {
    const { badgeId, districtId } = await award("Higher-Order Questioning");
    const credential = await getJson(`/credentials/${badgeId}.json`);
    const index = Number(
      (credential.credentialStatus as { statusListIndex: string }).statusListIndex,
    );
    const bitOf = async () => {
      const list = await getJson("/districts/maple-valley/status/revocation");
      expect(list.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
      const didDocument = await getJson("/districts/maple-valley/did.json");
      expect(await verifySignature(list, async () => didDocument)).toEqual({ ok: true });
      // Re-signed after each change, yet dated minutes back, for verifiers whose clock lags.
      expect(Date.parse(String(list.validFrom))).toBeLessThan(Date.now() - 4 * 60_000);
      const { encodedList } = list.credentialSubject as { encodedList: string };
      return statusListBit(encodedList, index);
    };
    expect(await bitOf()).toBe(false);

    await withTenant(api.db, districtId, (tx) =>
      tx
        .update(awardedBadge)
        // 03:00 on 1 April in UTC is still the evening of 31 March in the district (Chicago).
        .set({ revokedAt: new Date("2026-04-01T03:00:00Z"), revokedReason: "Awarded in error." })
        .where(eq(awardedBadge.id, badgeId)),
    );
    expect(await bitOf()).toBe(true);
    const page = await (await app.request(`/credentials/${badgeId}`)).text();
    expect(page).toContain("Revoked");
    expect(page).toMatch(
      /The issuer revoked this credential on <time[^>]*>March 31, 2026<\/time>\.<\/p>/,
    );
    // The reason stays with the district's record, as the admin's dialog says.
    expect(page).not.toContain("Awarded in error.");
  });

  it("shows an expired badge as expired and a tampered one as not valid", async () => {
    // Higher-Order Questioning is valid for 36 months: awarded in 2020, it has expired.
    const old = await award("Higher-Order Questioning", new Date("2020-01-06T15:00:00Z"));
    const expiredPage = await (await app.request(`/credentials/${old.badgeId}`)).text();
    expect(expiredPage).toContain("Expired");
    expect(expiredPage).toContain("January 6, 2023");

    const { badgeId, districtId } = await award("Pre-Teaching for Acceleration");
    await withTenant(api.db, districtId, async (tx) => {
      const [row] = await tx.select().from(awardedBadge).where(eq(awardedBadge.id, badgeId));
      const tampered = structuredClone(row?.signedCredential ?? {});
      tampered.name = "Pre-Teaching for Acceleration!";
      await tx
        .update(awardedBadge)
        .set({ signedCredential: tampered })
        .where(eq(awardedBadge.id, badgeId));
    });
    const tamperedPage = await (await app.request(`/credentials/${badgeId}`)).text();
    expect(tamperedPage).toContain("Not valid");
    expect(tamperedPage).toContain("signature does not match");
  });

  it("answers unknown ids and districts with 404", async () => {
    const unknown = "0b6e1f9a-1a2b-4c3d-8e9f-001122334455";
    const page = await app.request(`/credentials/${unknown}`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Credential not found");
    expect((await app.request(`/credentials/${unknown}.json`)).status).toBe(404);
    expect((await app.request("/credentials/not-an-id")).status).toBe(404);
    expect((await app.request("/districts/nowhere/did.json")).status).toBe(404);
  });

  it("serves the Achievement and a generated, labelled image", async () => {
    const { badgeId } = await award("Learning-Focused Lesson Design");
    const credential = await getJson(`/credentials/${badgeId}.json`);
    const achievementId = (credential.credentialSubject as { achievement: { id: string } })
      .achievement.id;
    const path = new URL(achievementId).pathname;
    const achievement = await getJson(path);
    expect(achievement).toMatchObject({ id: achievementId, type: ["Achievement"] });
    const image = await app.request(`${path}/image`);
    expect(image.headers.get("content-type")).toBe("image/svg+xml");
    const svg = await image.text();
    expect(svg).toContain('role="img"');
    expect(svg).toContain("<title");
  });

  it("serves the badge as a PNG at the address the credential and its page's preview name", async () => {
    const { badgeId } = await award("Higher-Order Questioning");
    const credential = await getJson(`/credentials/${badgeId}.json`);
    const { achievement } = credential.credentialSubject as {
      achievement: { id: string; image: { id: string } };
    };
    const pngUrl = `${achievement.id}/image.png`;
    expect(achievement.image.id).toBe(pngUrl);
    expect(credential.image).toMatchObject({ id: pngUrl, type: "Image" });

    const first = await app.request(new URL(pngUrl).pathname);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: BADGE_PNG_SIZE, height: BADGE_PNG_SIZE });
    const again = Buffer.from(await (await app.request(new URL(pngUrl).pathname)).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);

    const page = await (await app.request(`/credentials/${badgeId}`)).text();
    expect(page).toContain(`<meta property="og:image" content="${pngUrl}">`);
    expect(page).toContain(
      `<meta property="og:url" content="${PUBLIC_URL}/credentials/${badgeId}">`,
    );
  });
});
