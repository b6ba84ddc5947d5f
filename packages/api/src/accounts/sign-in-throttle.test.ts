import type { DatabaseHandle } from "@throughline/db/client";
import { createTestDatabase, rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, createAuth } from "../auth.ts";
import { DEMO_PASSWORD } from "../testing/test-api.ts";

/*
 * Two auth instances on one database stand for two server processes behind a load balancer:
 * failures counted through one refuse sign-in through the other.
 */

let database: DatabaseHandle;
let first: ReturnType<typeof createAuth>;
let second: ReturnType<typeof createAuth>;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  const options = {
    db: database.db,
    secret: "test-secret-that-is-long-enough-for-hmac",
    baseURL: "http://localhost:3000",
    secureCookies: false,
    // Better Auth's own per-minute limit stays out of the way: this is about the throttle.
    signInAttemptsPerMinute: 1000,
  };
  first = createAuth(options);
  second = createAuth(options);
});
afterAll(async () => {
  await database?.close();
});

async function attempt(
  auth: ReturnType<typeof createAuth>,
  params: { email: string; password: string; address: string },
): Promise<{ status: number; message: string }> {
  // Through the HTTP handler, as the server calls it, with the connecting address it sets.
  const response = await auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        [CLIENT_ADDRESS_HEADER]: params.address,
      },
      body: JSON.stringify({ email: params.email, password: params.password }),
    }),
  );
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  return { status: response.status, message: body.message ?? "" };
}

describe("sign-in throttling", () => {
  it("refuses an account after five failures, from any address and any process", async () => {
    const email = "teacher@maplevalley.test";
    for (let i = 0; i < 5; i++) {
      const auth = i % 2 === 0 ? first : second;
      const failed = await attempt(auth, {
        email,
        password: "wrong password",
        address: `10.0.0.${i}`,
      });
      expect(failed.status).toBe(401);
    }
    // The right password, from an address never seen, through the other process.
    const refused = await attempt(second, {
      email,
      password: DEMO_PASSWORD,
      address: "192.168.7.7",
    });
    expect(refused.status).toBe(429);
    expect(refused.message).toBe("Too many attempts; try again in 15 minutes.");
    // Better Auth's own per-address limiter counts in the database too, not in a process.
    const [counted] = await rawRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from rate_limit`,
    );
    expect(counted?.count).toBeGreaterThan(0);
    // Another account from the same addresses is not affected.
    expect(
      (
        await attempt(first, {
          email: "coach@maplevalley.test",
          password: DEMO_PASSWORD,
          address: "10.0.0.0",
        })
      ).status,
    ).toBe(200);
  });

  it("a success clears the account's count", async () => {
    const email = "principal@maplevalley.test";
    for (let i = 0; i < 4; i++) {
      expect((await attempt(first, { email, password: "typo", address: "10.1.0.1" })).status).toBe(
        401,
      );
    }
    expect(
      (await attempt(second, { email, password: DEMO_PASSWORD, address: "10.1.0.1" })).status,
    ).toBe(200);
    for (let i = 0; i < 4; i++) {
      expect((await attempt(second, { email, password: "typo", address: "10.1.0.1" })).status).toBe(
        401,
      );
    }
    expect(
      (await attempt(first, { email, password: DEMO_PASSWORD, address: "10.1.0.1" })).status,
    ).toBe(200);
  });

  it("an address is refused only after many failures, so one person's typos do not lock out a school", async () => {
    const school = "10.9.9.9";
    // 49 failures, each for a different account, all from the school's one address.
    for (let i = 0; i < 49; i++) {
      const auth = i % 2 === 0 ? first : second;
      const failed = await attempt(auth, {
        email: `nobody${i}@maplevalley.test`,
        password: "wrong password",
        address: school,
      });
      expect(failed.status).toBe(401);
    }
    expect(
      (
        await attempt(first, {
          email: "admin@maplevalley.test",
          password: DEMO_PASSWORD,
          address: school,
        })
      ).status,
    ).toBe(200);
    await attempt(second, {
      email: "nobody-else@maplevalley.test",
      password: "x-wrong-password",
      address: school,
    });
    const refused = await attempt(first, {
      email: "leah.whitfield@maplevalley.test",
      password: DEMO_PASSWORD,
      address: school,
    });
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/^Too many attempts; try again in \d+ minutes?\.$/);
    // The same person from home signs in.
    expect(
      (
        await attempt(second, {
          email: "leah.whitfield@maplevalley.test",
          password: DEMO_PASSWORD,
          address: "172.16.0.5",
        })
      ).status,
    ).toBe(200);
  });

  it("is off when sign-in limits are off", async () => {
    const unlimited = createAuth({
      db: database.db,
      secret: "test-secret-that-is-long-enough-for-hmac",
      baseURL: "http://localhost:3000",
      secureCookies: false,
      signInAttemptsPerMinute: 0,
    });
    // The account refused above signs in when limits are off (the end-to-end tests run so).
    expect(
      (
        await attempt(unlimited, {
          email: "teacher@maplevalley.test",
          password: DEMO_PASSWORD,
          address: "10.0.0.1",
        })
      ).status,
    ).toBe(200);
  });
});
