import { membershipFor, rawRows } from "@throughline/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/**
 * The one-statement session lookup (`resolveSession`) reads the session table on every
 * request, so nothing a browser keeps outlives a sign-out, a "sign out of all other devices"
 * or a deactivation: each test shows the very next request refused. Requests go through the
 * tRPC HTTP handler with one context each, as the server makes them.
 */

const api = testApiPerFile();

async function status(cookie: string, path = "viewer.me"): Promise<number> {
  const headers = new Headers({ cookie });
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(`http://localhost:3000/trpc/${path}`, { headers }),
    router: appRouter,
    createContext: () => api.requestContext(headers),
  });
  await response.arrayBuffer();
  return response.status;
}

async function sessionRows(email: string) {
  return rawRows<{ token: string; expires_at: string }>(
    api.db,
    sql`select s.token, s.expires_at::text from session s join "user" u on u.id = s.user_id
        where u.email = ${email} order by s.created_at`,
  );
}

describe("session lookup", () => {
  it("refuses the next request after signing out", async () => {
    const cookie = await api.sessionCookieFor("teacher@maplevalley.test");
    expect(await status(cookie)).toBe(200);
    const signedOut = await api.auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(signedOut).toMatchObject({ success: true });
    expect(await status(cookie)).toBe(401);
  });

  it("refuses the other devices' next request after signing them out, and keeps this one", async () => {
    const email = "leader@maplevalley.test";
    const laptop = await api.sessionCookieFor(email);
    const phone = await api.sessionCookieFor(email);
    expect(await status(phone)).toBe(200);
    const headers = new Headers({ cookie: laptop });
    const response = await fetchRequestHandler({
      endpoint: "/trpc",
      req: new Request("http://localhost:3000/trpc/account.revokeOtherSessions", {
        method: "POST",
        headers: { cookie: laptop, "content-type": "application/json" },
        body: "{}",
      }),
      router: appRouter,
      createContext: () => api.requestContext(headers),
    });
    expect(response.status).toBe(200);
    expect(await status(phone)).toBe(401);
    expect(await status(laptop)).toBe(200);
  });

  it("refuses a deactivated person's next request, even on a session that is still there", async () => {
    const email = "leah.whitfield@maplevalley.test";
    const cookie = await api.sessionCookieFor(email);
    expect(await status(cookie)).toBe(200);
    const who = await membershipFor(api.db, email);
    // Deactivation ends the sessions too; marking the person inactive alone must be enough.
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.district_id', ${who.districtId}, true)`);
      await tx.execute(sql`update person set active = false where id = ${who.personId}`);
    });
    expect(await status(cookie)).toBe(403);
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.district_id', ${who.districtId}, true)`);
      await tx.execute(sql`update person set active = true where id = ${who.personId}`);
    });
    expect(await status(cookie)).toBe(200);

    const admin = await api.callerFor("admin@maplevalley.test");
    await admin.peopleAdmin.setActive({ personId: who.personId, active: false });
    expect(await status(cookie)).toBe(401);
  });

  it("refuses a cookie whose signature is not the server's", async () => {
    const cookie = await api.sessionCookieFor("coach@maplevalley.test");
    expect(await status(cookie)).toBe(200);
    const forged = cookie.replace(/\.[^.;]+$/, `.${"A".repeat(43)}=`);
    expect(forged).not.toBe(cookie);
    expect(await status(forged)).toBe(401);
  });

  it("lets Better Auth extend a session a day old, and refuses and deletes an expired one", async () => {
    const email = "principal@maplevalley.test";
    const cookie = await api.sessionCookieFor(email);
    const [row] = await sessionRows(email);
    if (!row) throw new Error("No session was written.");
    await api.db.execute(
      sql`update session set expires_at = now() + interval '12 days' where token = ${row.token}`,
    );
    expect(await status(cookie)).toBe(200);
    const [extended] = await sessionRows(email);
    const daysLeft = (Date.parse(extended?.expires_at ?? "") - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(13.9);

    await api.db.execute(
      sql`update session set expires_at = now() - interval '1 minute' where token = ${row.token}`,
    );
    expect(await status(cookie)).toBe(401);
    expect(await sessionRows(email)).toEqual([]);
  });
});
