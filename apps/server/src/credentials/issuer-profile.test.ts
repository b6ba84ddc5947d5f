import { awardSeededBadge } from "@throughline/api/testing/earned-badge-fixture";
import { TEST_PUBLIC_URL, TEST_SERVER_SECRET } from "@throughline/api/testing/test-api";
import { onedtechSchemaErrors } from "@throughline/open-badges/onedtech-schema";
import { verifySignature } from "@throughline/open-badges/verify";
import { describe, expect, it } from "vitest";
import { TINY_PNG } from "../testing/sample-files.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/* The district as its badges' issuer: its own website and logo in the issuer profile. */

// The test API's own address and secret: its callers and this server then sign alike.
const PUBLIC_URL = TEST_PUBLIC_URL;
const SECRET = TEST_SERVER_SECRET;
const ADMIN = "admin@maplevalley.test";

const { api, app } = testServerPerFile({ publicUrl: PUBLIC_URL, secret: SECRET });

async function uploadLogo(): Promise<{ storageKey: string; contentType: "image/png" }> {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(TINY_PNG)], "logo.png", { type: "image/png" }));
  const response = await app.request("/files/credential-images", {
    method: "POST",
    body: form,
    headers: { cookie: await api.sessionCookieFor(ADMIN) },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { storageKey: string; contentType: "image/png" };
}

async function awardedCredential(): Promise<Record<string, unknown>> {
  const { badgeId } = await awardSeededBadge(api.db, {
    districtSlug: "maple-valley",
    email: "teacher@maplevalley.test",
    credentialName: "Learning-Focused Lesson Design",
    now: new Date(),
    issuer: { publicUrl: PUBLIC_URL, secret: SECRET },
  });
  return (await (await app.request(`/credentials/${badgeId}.json`)).json()) as Record<
    string,
    unknown
  >;
}

describe("the issuer profile of a district's badges", () => {
  it("links to the platform and shows no logo until the district sets its own", async () => {
    const admin = await api.callerFor(ADMIN);
    expect(await admin.credentialIssuer.profile()).toEqual({
      websiteUrl: null,
      logoUrl: null,
      platformUrl: PUBLIC_URL,
    });
    const credential = await awardedCredential();
    expect(credential.issuer).toMatchObject({ url: PUBLIC_URL });
    expect(credential.issuer).not.toHaveProperty("image");
  });

  it("names the district's website and logo in badges signed after they are saved", async () => {
    const admin = await api.callerFor(ADMIN);
    const logo = await uploadLogo();
    await admin.credentialIssuer.saveProfile({
      websiteUrl: "https://www.maplevalley.k12.us",
      logo,
    });
    const logoUrl = `${PUBLIC_URL}/districts/maple-valley/logo`;
    expect(await admin.credentialIssuer.profile()).toMatchObject({
      websiteUrl: "https://www.maplevalley.k12.us",
      logoUrl,
    });

    const credential = await awardedCredential();
    expect(credential.issuer).toMatchObject({
      url: "https://www.maplevalley.k12.us",
      image: { id: logoUrl, type: "Image" },
    });
    expect(onedtechSchemaErrors(credential)).toEqual([]);
    const didDocument = (await (
      await app.request("/districts/maple-valley/did.json")
    ).json()) as Record<string, unknown>;
    expect(await verifySignature(credential, async () => didDocument)).toEqual({ ok: true });

    // The public page shows the logo beside the issuer, linked to the district's website.
    const id = String(credential.id).slice("urn:uuid:".length);
    const page = await (await app.request(`/credentials/${id}`)).text();
    expect(page).toContain(`<img src="${logoUrl}" alt="" width="28" height="28">`);
    expect(page).toContain('Issued by <a href="https://www.maplevalley.k12.us">');

    const served = await app.request("/districts/maple-valley/logo");
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(new Uint8Array(TINY_PNG));

    // Saving the website alone keeps the logo; null removes it.
    await admin.credentialIssuer.saveProfile({ websiteUrl: "" });
    expect(await admin.credentialIssuer.profile()).toMatchObject({ websiteUrl: null, logoUrl });
    await admin.credentialIssuer.saveProfile({ websiteUrl: "", logo: null });
    expect((await admin.credentialIssuer.profile()).logoUrl).toBeNull();
    expect((await app.request("/districts/maple-valley/logo")).status).toBe(404);
  });

  it("refuses a logo the upload route did not sign for the district, on the logo field", async () => {
    const admin = await api.callerFor(ADMIN);
    const forged = { storageKey: "someone/else.png.bad", contentType: "image/png" as const };
    await expect(
      admin.credentialIssuer.saveProfile({ websiteUrl: "", logo: forged }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Upload the logo again"),
    });
  });
});
