import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "./client.ts";
import {
  listUserSessions,
  revokeOtherUserSessions,
  revokeUserSession,
} from "./queries/accounts/account-sessions.ts";
import { session, user } from "./schema/index.ts";
import { withTenant } from "./tenant.ts";
import { createTestDatabase, errorMessages, membershipFor, rawRows } from "./testing.ts";

/*
 * The role every request runs as cannot read password hashes, session tokens or any other
 * sign-in table: those belong to the auth layer, which connects as the owner. What requests
 * need goes through narrow functions that return safe columns only.
 */

const TEACHER = "teacher@maplevalley.test";
let handle: DatabaseHandle;
let districtId: string;
let userId: string;

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  ({ districtId } = await membershipFor(handle.db, TEACHER));
  const [found] = await handle.db.select({ id: user.id }).from(user).where(eq(user.email, TEACHER));
  userId = found?.id ?? "";
});
afterAll(() => handle.close());

async function asAppRole(query: ReturnType<typeof sql>): Promise<unknown> {
  return withTenant(handle.db, districtId, (tx) => tx.execute(query)).then(
    () => null,
    (error: unknown) => error,
  );
}

describe("sign-in tables as the application role", () => {
  test.each([
    ["password hashes", sql`select password from account`],
    ["session tokens", sql`select token from session`],
    ["sign-in identities", sql`select email from "user"`],
    ["verification values", sql`select value from verification`],
    ["set-up tokens", sql`select token_hash from setup_token`],
    ["sign-in attempts", sql`select * from sign_in_attempt`],
    ["rate-limit counters", sql`select * from rate_limit`],
  ])("cannot read %s", async (_what, query) => {
    expect(errorMessages(await asAppRole(query))).toMatch(/permission denied/);
  });

  test.each([
    ["change a password hash", sql`update account set password = 'x'`],
    [
      "make a session",
      sql`insert into session (id, token, user_id, expires_at) values ('s', 't', 'u', now())`,
    ],
    ["remove sessions", sql`delete from session`],
  ])("cannot %s", async (_what, query) => {
    expect(errorMessages(await asAppRole(query))).toMatch(/permission denied/);
  });

  test("lists, and signs out, the user's own devices through the narrow functions, without tokens", async () => {
    const now = new Date();
    const later = new Date(now.getTime() + 86_400_000);
    const ids = [randomUUID(), randomUUID()];
    await handle.db.insert(session).values(
      ids.map((id, index) => ({
        id,
        token: `secret-token-${id}`,
        userId,
        expiresAt: later,
        userAgent: `device ${index}`,
        updatedAt: new Date(now.getTime() - index * 1000),
      })),
    );
    const devices = await withTenant(handle.db, districtId, (tx) =>
      listUserSessions(tx, { userId, now }),
    );
    expect(devices.map((device) => device.id)).toEqual(ids);
    expect(devices[0]?.signedInAt).toBeInstanceOf(Date);
    expect(JSON.stringify(devices)).not.toContain("secret-token");

    const [first, second] = ids;
    expect(
      await withTenant(handle.db, districtId, (tx) =>
        revokeUserSession(tx, { userId: "someone-else", sessionId: first ?? "" }),
      ),
    ).toBe(false);
    expect(
      await withTenant(handle.db, districtId, (tx) =>
        revokeOtherUserSessions(tx, { userId, keepSessionId: second ?? "" }),
      ),
    ).toBe(1);
    expect(
      await withTenant(handle.db, districtId, (tx) =>
        revokeUserSession(tx, { userId, sessionId: second ?? "" }),
      ),
    ).toBe(true);
    const left = await rawRows<{ id: string }>(
      handle.db,
      sql`select id from session where user_id = ${userId}`,
    );
    expect(left).toEqual([]);
  });
});
