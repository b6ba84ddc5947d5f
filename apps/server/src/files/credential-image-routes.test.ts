import { refusalOf } from "@throughline/api/testing/field-errors";
import { TEST_SERVER_SECRET } from "@throughline/api/testing/test-api";
import { describe, expect, it } from "vitest";
import { TINY_PNG } from "../testing/sample-files.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/* Badge images: district admins upload them; the bytes must be the image type they claim. */

const ADMIN = "admin@maplevalley.test";
const PRINCIPAL = "principal@maplevalley.test";

const { api, app } = testServerPerFile({ secret: TEST_SERVER_SECRET });

async function upload(email: string | null, bytes: Uint8Array, type: string) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "badge", { type }));
  const headers: Record<string, string> = email
    ? { cookie: await api.sessionCookieFor(email) }
    : {};
  return app.request("/files/credential-images", { method: "POST", body: form, headers });
}

describe("badge image uploads", () => {
  it("stores a PNG for a district admin, and the definition then shows it", async () => {
    const response = await upload(ADMIN, TINY_PNG, "image/png");
    expect(response.status).toBe(201);
    const image = (await response.json()) as { storageKey: string; contentType: "image/png" };
    expect(image.contentType).toBe("image/png");
    // The key comes signed: the bare storage key is not what the definition may name.
    expect(image.storageKey).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}\.[\w-]+$/);

    const admin = await api.callerFor(ADMIN);
    const { credentials } = await admin.credentialAdmin.list();
    const credentialId = credentials[0]?.id ?? "";
    const detail = await admin.credentialAdmin.get({ credentialId });
    await admin.credentialAdmin.update({
      credentialId,
      definition: { ...detail.definition, image },
    });
    const served = await app.request(`/files/credential-images/${credentialId}`, {
      headers: { cookie: await api.sessionCookieFor(PRINCIPAL) },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(TINY_PNG);
  });

  it("refuses other files, false types, principals and strangers", async () => {
    expect((await upload(ADMIN, new TextEncoder().encode("hello"), "image/png")).status).toBe(415);
    expect((await upload(ADMIN, TINY_PNG, "image/jpeg")).status).toBe(415);
    expect((await upload(PRINCIPAL, TINY_PNG, "image/png")).status).toBe(403);
    expect((await upload(null, TINY_PNG, "image/png")).status).toBe(401);
  });

  it("refuses an image key that is not the district's own", async () => {
    const admin = await api.callerFor(ADMIN);
    const { credentials } = await admin.credentialAdmin.list();
    const credentialId = credentials[0]?.id ?? "";
    const detail = await admin.credentialAdmin.get({ credentialId });
    const image = {
      storageKey: "00000000-0000-4000-8000-000000000000/x",
      contentType: "image/png",
    } as const;
    await expect(
      admin.credentialAdmin.update({ credentialId, definition: { ...detail.definition, image } }),
    ).rejects.toThrow("Upload the image again");
  });

  it("refuses the district's own files unless the upload route signed the key", async () => {
    const admin = await api.callerFor(ADMIN);
    const { credentials } = await admin.credentialAdmin.list();
    const credentialId = credentials[0]?.id ?? "";
    const detail = await admin.credentialAdmin.get({ credentialId });
    const uploaded = (await (await upload(ADMIN, TINY_PNG, "image/png")).json()) as {
      storageKey: string;
    };
    const [bareKey = "", signature = ""] = uploaded.storageKey.split(".");
    // A teacher's evidence file lives under the same district prefix as badge images.
    const evidenceKey = `${bareKey.split("/")[0]}/11111111-1111-4111-8111-111111111111`;
    for (const storageKey of [bareKey, evidenceKey, `${evidenceKey}.${signature}`]) {
      const image = { storageKey, contentType: "image/png" } as const;
      const refusal = await refusalOf(
        admin.credentialAdmin.update({ credentialId, definition: { ...detail.definition, image } }),
      );
      expect(refusal.fieldErrors).toEqual([
        { path: "definition.image", message: "Upload the image again" },
      ]);
    }
  });
});
