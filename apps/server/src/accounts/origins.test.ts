import { createAuth } from "@throughline/api/auth";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import type { DatabaseHandle } from "@throughline/db/client";
import { createTestDatabase } from "@throughline/db/testing";
import type { Hono } from "hono";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { readEnv } from "../env.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { parseTrustedOrigins, trustedOriginsFor } from "./trusted-origins.ts";

/*
 * The quick start at http://127.0.0.1:3000 instead of localhost signs in; a deployment opened at
 * an address it does not know tells the person where to go and the operator what to set.
 */

let database: DatabaseHandle;
const logLines: string[] = [];

async function serverWith(config: { embedded: boolean; extra?: string[] }): Promise<Hono> {
  const publicUrl = "http://localhost:3000";
  const logger = pino({ level: "warn" }, { write: (line: string) => void logLines.push(line) });
  const auth = createAuth({
    db: database.db,
    secret: "test-secret-that-is-long-enough-for-hmac",
    baseURL: publicUrl,
    secureCookies: false,
    trustedOrigins: trustedOriginsFor({
      publicUrl,
      port: 3000,
      embedded: config.embedded,
      extra: config.extra ?? [],
      devAppOrigins: [],
    }),
    signInAttemptsPerMinute: 0,
    enforceOriginCheck: true,
  });
  return createServerApp(
    testServerDeps(database, auth, {
      logger,
      storage: new LocalDiskStorage("/tmp/throughline-origins-test"),
      publicUrl,
    }),
  );
}

function signInFrom(app: Hono, origin: string) {
  return app.request("/api/auth/sign-in/email", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin,
      // A browser that has been here before sends a cookie, and then the origin is checked.
      cookie: "returning=1",
    },
    body: JSON.stringify({ email: "teacher@maplevalley.test", password: "throughline-demo" }),
  });
}

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});
afterAll(async () => {
  await database?.close();
});

describe("origins", () => {
  it("embedded, every loopback name of the port signs in", async () => {
    const app = await serverWith({ embedded: true });
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      expect((await signInFrom(app, origin)).status, origin).toBe(200);
    }
    // Another port on the same machine is another site.
    expect((await signInFrom(app, "http://127.0.0.1:4000")).status).toBe(403);
  });

  it("otherwise, a refused origin tells the person which address to open and logs which setting to change", async () => {
    const app = await serverWith({ embedded: false });
    logLines.length = 0;
    const refused = await signInFrom(app, "http://127.0.0.1:3000");
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { code: string; message: string };
    expect(body.code).toBe("INVALID_ORIGIN");
    expect(body.message).toContain("Open Throughline at http://localhost:3000");
    const warning = logLines
      .map((line) => JSON.parse(line) as { msg: string; origin: string })
      .find((line) => line.msg.startsWith("Sign-in refused from"));
    expect(warning?.origin).toBe("http://127.0.0.1:3000");
    expect(warning?.msg).toContain("PUBLIC_URL");
    expect(warning?.msg).toContain("TRUSTED_ORIGINS");
    expect((await signInFrom(app, "http://localhost:3000")).status).toBe(200);
  });

  it("TRUSTED_ORIGINS adds further addresses", async () => {
    const extra = parseTrustedOrigins(" https://pd.example.org/ , https://pd2.example.org");
    expect(extra).toEqual(["https://pd.example.org", "https://pd2.example.org"]);
    const app = await serverWith({ embedded: false, extra });
    expect((await signInFrom(app, "https://pd.example.org")).status).toBe(200);
    expect(
      readEnv({ TRUSTED_ORIGINS: "https://a.example.org,https://b.example.org" }).TRUSTED_ORIGINS,
    ).toBe("https://a.example.org,https://b.example.org");
    expect(() => readEnv({ TRUSTED_ORIGINS: "pd.example.org" })).toThrow(/TRUSTED_ORIGINS/);
  });
});
