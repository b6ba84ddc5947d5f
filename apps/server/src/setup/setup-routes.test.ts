import { Writable } from "node:stream";
import { createAuth } from "@throughline/api/auth";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import type { DatabaseHandle } from "@throughline/db/client";
import { district, person, roleMembership, setupToken } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { createTestDatabase } from "@throughline/db/testing";
import { eq } from "drizzle-orm";
import type { Hono } from "hono";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { postForm } from "../testing/app-requests.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { announceSetupIfEmpty } from "./announce-setup.ts";
import { hashSetupToken, issueSetupLink } from "./setup-token.ts";

const PUBLIC_URL = "http://localhost:3000";
let handle: DatabaseHandle;
let app: Hono;
const logged: string[] = [];
const logger = pino(
  { level: "info" },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString());
      done();
    },
  }),
);

beforeAll(async () => {
  handle = await createTestDatabase();
  const auth = createAuth({
    db: handle.db,
    secret: "test-secret-that-is-long-enough-for-hmac",
    baseURL: PUBLIC_URL,
    secureCookies: false,
  });
  app = await createServerApp(
    testServerDeps(handle, auth, {
      storage: new LocalDiskStorage("/nonexistent-setup-test"),
      publicUrl: PUBLIC_URL,
    }),
  );
});
afterAll(() => handle?.close());

const form = {
  districtName: "Riverside Unified",
  slug: "riverside-unified",
  timeZone: "America/Denver",
  schoolYearStartMonth: "7",
  adminName: "Ana Ruiz",
  adminEmail: "ana.ruiz@riverside.example",
  password: "a long enough password",
};

describe("set-up on an empty installation", () => {
  it("logs one link whose token is stored only as its SHA-256, for 24 hours", async () => {
    const link = await announceSetupIfEmpty({ db: handle.db, publicUrl: PUBLIC_URL, logger });
    const token = link?.match(/\/setup\/([A-Za-z0-9_-]{43})$/)?.[1] ?? "";
    expect(token).not.toBe("");
    expect(logged.join("")).toContain(`Open ${link} to set it up`);
    const rows = await handle.db.select().from(setupToken);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashSetupToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const lifetime = (rows[0]?.expiresAt.getTime() ?? 0) - (rows[0]?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetime - 24 * 3600_000)).toBeLessThan(60_000);
  });

  it("a restart issues a fresh link and the older one stops working; expired links do not work", async () => {
    const older = await issueSetupLink(handle.db, { publicUrl: PUBLIC_URL });
    expect((await app.request(new URL(older).pathname)).status).toBe(200);
    const fresh = await announceSetupIfEmpty({ db: handle.db, publicUrl: PUBLIC_URL, logger });
    const stale = await app.request(new URL(older).pathname);
    expect(stale.status).toBe(404);
    expect(await stale.text()).toContain("This set-up link has expired or was used");
    expect((await app.request(new URL(fresh ?? "").pathname)).status).toBe(200);

    const longAgo = new Date(Date.now() - 25 * 3600_000);
    const expired = await issueSetupLink(handle.db, { publicUrl: PUBLIC_URL, now: longAgo });
    expect((await app.request(new URL(expired).pathname)).status).toBe(404);
    expect((await app.request("/setup/not-a-token")).status).toBe(404);
  });

  it("names the wrong field next to it, keeps the values, never the password, and writes nothing", async () => {
    const path = new URL(await issueSetupLink(handle.db, { publicUrl: PUBLIC_URL })).pathname;
    const response = await postForm(app, path, { ...form, slug: "Riverside Unified!" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(
      'id="setup-slug-error">Use lowercase letters, numbers and single hyphens',
    );
    expect(html).toMatch(/id="setup-slug"[^>]*aria-invalid="true"[^>]*autofocus/);
    expect(html).toContain('value="Riverside Unified!"');
    expect(html).toContain('value="ana.ruiz@riverside.example"');
    expect(html).toMatch(/<option value="America\/Denver" selected>/);
    expect(html).not.toContain(form.password);
    expect(await handle.db.$count(district)).toBe(0);
  });

  it("creates the district, its framework and its admin, who can sign in; then the page is gone", async () => {
    const path = new URL(await issueSetupLink(handle.db, { publicUrl: PUBLIC_URL })).pathname;
    const done = await postForm(app, path, form);
    expect(done.status).toBe(200);
    const html = await done.text();
    expect(html).toContain("Throughline is set up");
    expect(html).toContain('href="/admin/"');

    const [created] = await handle.db.select().from(district);
    expect(created).toMatchObject({
      slug: "riverside-unified",
      timeZone: "America/Denver",
      schoolYearStartMonth: 7,
    });
    const roles = await withTenant(handle.db, created?.id ?? "", (tx) =>
      tx
        .select({ email: person.email, role: roleMembership.role })
        .from(person)
        .innerJoin(roleMembership, eq(roleMembership.personId, person.id)),
    );
    expect(roles).toEqual([{ email: form.adminEmail, role: "district_admin" }]);
    const [used] = await handle.db
      .select({ usedAt: setupToken.usedAt })
      .from(setupToken)
      .where(eq(setupToken.tokenHash, hashSetupToken(path.replace("/setup/", ""))));
    expect(used?.usedAt).toBeInstanceOf(Date);

    const signIn = await app.request("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: PUBLIC_URL },
      body: JSON.stringify({ email: form.adminEmail, password: form.password }),
    });
    expect(signIn.status).toBe(200);

    // Whatever the token, set-up is over: the same link, a fresh one, a post.
    const fresh = new URL(await issueSetupLink(handle.db, { publicUrl: PUBLIC_URL })).pathname;
    for (const response of [
      await app.request(path),
      await app.request(fresh),
      await postForm(app, fresh, { ...form, slug: "second" }),
      await app.request("/setup/anything"),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Throughline is already set up");
    }
    expect(await handle.db.$count(district)).toBe(1);
    expect(await announceSetupIfEmpty({ db: handle.db, publicUrl: PUBLIC_URL, logger })).toBeNull();
  });
});
