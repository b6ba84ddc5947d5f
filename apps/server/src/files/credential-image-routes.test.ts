import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { createTestApi, type TestApi } from "@throughline/api/testing/test-api";
import type { Hono } from "hono";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";

/* Badge images: district admins upload them; the bytes must be the image type they claim. */

const ADMIN = "admin@maplevalley.test";
const PRINCIPAL = "principal@maplevalley.test";

const tinyPng = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);

let api: TestApi;
let dataDir: string;
let app: Hono;

beforeAll(async () => {
  api = await createTestApi();
  dataDir = await mkdtemp(join(tmpdir(), "throughline-badge-images-"));
  app = await createServerApp({
    db: api.db,
    dbKind: api.kind,
    auth: api.auth,
    logger: pino({ level: "silent" }),
    storage: new LocalDiskStorage(dataDir),
    serveApps: false,
  });
});

afterAll(async () => {
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function upload(email: string | null, bytes: Uint8Array, type: string) {
  const form = new FormData();
  form.set("file", new File([bytes], "badge", { type }));
  const headers: Record<string, string> = email
    ? { cookie: await api.sessionCookieFor(email) }
    : {};
  return app.request("/files/credential-images", { method: "POST", body: form, headers });
}

describe("badge image uploads", () => {
  it("stores a PNG for a district admin, and the definition then shows it", async () => {
    const response = await upload(ADMIN, tinyPng, "image/png");
    expect(response.status).toBe(201);
    const image = (await response.json()) as { storageKey: string; contentType: "image/png" };
    expect(image.contentType).toBe("image/png");

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
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(tinyPng);
  });

  it("refuses other files, false types, principals and strangers", async () => {
    expect((await upload(ADMIN, new TextEncoder().encode("hello"), "image/png")).status).toBe(415);
    expect((await upload(ADMIN, tinyPng, "image/jpeg")).status).toBe(415);
    expect((await upload(PRINCIPAL, tinyPng, "image/png")).status).toBe(403);
    expect((await upload(null, tinyPng, "image/png")).status).toBe(401);
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
});
