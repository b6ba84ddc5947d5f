import { type DatabaseHandle, openPostgres } from "@throughline/db/client";
import type { SessionViewer } from "@throughline/db/queries/accounts/session-viewer";
import { recordStatements } from "@throughline/db/statement-log";
import { membershipFor, rawRows } from "@throughline/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRequestContext } from "./context.ts";
import { appRouter } from "./root.ts";
import { SessionCache, startSessionCache } from "./session-cache.ts";
import { TEST_PUBLIC_URL, TEST_SERVER_SECRET } from "./testing/test-api.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/*
 * The sessions a server process keeps on PostgreSQL (`session-cache.ts`), seen as two server
 * processes: `one` and `two` each have their own connections and their own cache listening for
 * change notices, on one database. A kept session costs a request no statement; signing out,
 * signing the other devices out, deactivation and a role taken away through either process are
 * refused or seen by both as soon as the notice arrives (waited for, up to 2 s, and the wait
 * measured: it is milliseconds).
 */
const serverUrl = process.env.TEST_DATABASE_URL;

interface Process {
  handle: DatabaseHandle;
  cache: SessionCache;
  stop(): Promise<void>;
}

describe.skipIf(!serverUrl)("kept sessions, on PostgreSQL", () => {
  const api = testApiPerFile();
  let one: Process;
  let two: Process;

  async function startProcess(): Promise<Process> {
    const [current] = await rawRows<{ name: string }>(
      api.db,
      sql`select current_database() as name`,
    );
    const url = Object.assign(new URL(serverUrl ?? ""), { pathname: `/${current?.name}` });
    const handle = await openPostgres(url.toString());
    const started = await startSessionCache(handle, 30);
    if (!started) throw new Error("A PostgreSQL database listens for change notices.");
    return {
      handle,
      cache: started.cache,
      async stop() {
        await started.stop();
        await handle.close();
      },
    };
  }

  beforeAll(async () => {
    one = await startProcess();
    two = await startProcess();
  });
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
  });

  async function call(on: Process, cookie: string, path: string, body?: unknown) {
    const headers = new Headers({ cookie, "content-type": "application/json" });
    const context = createRequestContext(
      {
        db: on.handle.db,
        dbKind: on.handle.kind,
        auth: api.auth,
        publicUrl: TEST_PUBLIC_URL,
        secret: TEST_SERVER_SECRET,
        sessionCache: on.cache,
      },
      headers,
    );
    const response = await fetchRequestHandler({
      endpoint: "/trpc",
      req: new Request(`http://localhost:3000/trpc/${path}`, {
        headers,
        ...(body === undefined ? {} : { method: "POST", body: JSON.stringify({ json: body }) }),
      }),
      router: appRouter,
      createContext: () => context,
    });
    const text = await response.text();
    return { status: response.status, text };
  }

  /** Waits for `on` to give `status` (the change notice on its way) and says how long it took. */
  async function becomes(on: Process, cookie: string, status: number, path = "viewer.me") {
    const started = performance.now();
    await vi.waitFor(
      async () => {
        expect((await call(on, cookie, path)).status).toBe(status);
      },
      { timeout: 2000, interval: 5 },
    );
    return performance.now() - started;
  }

  it("answers a kept session's viewer.me without a statement, and a page with one fewer", async () => {
    const cookie = await api.sessionCookieFor("teacher@maplevalley.test");
    expect((await call(one, cookie, "viewer.me")).status).toBe(200);
    const log = recordStatements(one.handle.db);
    try {
      const me = await call(one, cookie, "viewer.me");
      expect(me.status).toBe(200);
      expect(JSON.parse(me.text).result.data.json.person.email).toBe("teacher@maplevalley.test");
      expect(log.take()).toEqual([]);
      expect((await call(one, cookie, "teacher.home")).status).toBe(200);
      const sent = log.take();
      expect(sent.some((text) => text.includes("session_viewer"))).toBe(false);
      expect(sent.length).toBeGreaterThan(0);
    } finally {
      log.stop();
    }
  });

  it("refuses a session signed out through the other process", async () => {
    const cookie = await api.sessionCookieFor("coach@maplevalley.test");
    expect((await call(one, cookie, "viewer.me")).status).toBe(200);
    expect((await call(two, cookie, "viewer.me")).status).toBe(200);
    expect(one.cache.size).toBeGreaterThan(0);
    await api.auth.api.signOut({ headers: new Headers({ cookie }) });
    const waited = await becomes(one, cookie, 401);
    expect(await becomes(two, cookie, 401)).toBeLessThan(2000);
    expect(waited).toBeLessThan(2000);
  });

  it("refuses the other devices once signed out of them through one process", async () => {
    const email = "leader@maplevalley.test";
    const laptop = await api.sessionCookieFor(email);
    const phone = await api.sessionCookieFor(email);
    expect((await call(two, phone, "viewer.me")).status).toBe(200);
    expect((await call(one, laptop, "account.revokeOtherSessions", {})).status).toBe(200);
    await becomes(two, phone, 401);
    expect((await call(two, laptop, "viewer.me")).status).toBe(200);
  });

  it("refuses a deactivated person, and sees a role taken away", async () => {
    const email = "leah.whitfield@maplevalley.test";
    const cookie = await api.sessionCookieFor(email);
    expect((await call(two, cookie, "viewer.me")).status).toBe(200);
    const who = await membershipFor(api.db, email);
    // Marking the person inactive directly, as a script might: the notice comes from the table.
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.district_id', ${who.districtId}, true)`);
      await tx.execute(sql`update person set active = false where id = ${who.personId}`);
    });
    await becomes(two, cookie, 403);
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.district_id', ${who.districtId}, true)`);
      await tx.execute(sql`update person set active = true where id = ${who.personId}`);
    });
    await becomes(two, cookie, 200);

    const coachCookie = await api.sessionCookieFor("coach@maplevalley.test");
    const before = JSON.parse((await call(two, coachCookie, "viewer.me")).text);
    expect(before.result.data.json.roles.length).toBeGreaterThan(0);
    const member = await membershipFor(api.db, "coach@maplevalley.test");
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.district_id', ${member.districtId}, true)`);
      await tx.execute(sql`delete from role_membership where person_id = ${member.personId}`);
    });
    await vi.waitFor(
      async () => {
        const after = JSON.parse((await call(two, coachCookie, "viewer.me")).text);
        expect(after.result.data.json.roles).toEqual([]);
      },
      { timeout: 2000, interval: 5 },
    );
  });

  it("keeps nothing a rolled-back change could not have changed, and forgets on a committed one", async () => {
    const cookie = await api.sessionCookieFor("principal@maplevalley.test");
    expect((await call(one, cookie, "viewer.me")).status).toBe(200);
    const keptBefore = one.cache.size;
    expect(keptBefore).toBeGreaterThan(0);
    const who = await membershipFor(api.db, "principal@maplevalley.test");
    await api.db
      .transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.district_id', ${who.districtId}, true)`);
        await tx.execute(sql`update person set display_name = 'Never' where id = ${who.personId}`);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    // Nothing was committed, so nothing is sent: what is kept stays (give a notice time to come).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(one.cache.size).toBe(keptBefore);
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.district_id', ${who.districtId}, true)`);
      await tx.execute(sql`update district set name = name where id = ${who.districtId}`);
    });
    await vi.waitFor(() => expect(one.cache.size).toBe(0), { timeout: 2000, interval: 5 });
  });
});

describe("SessionCache", () => {
  const viewerOf = (expiresAtMs: number) =>
    ({
      sessionId: "s",
      userId: "u",
      expiresAtMs,
      viewer: { person: { id: "p" } },
    }) as unknown as SessionViewer;

  it("keeps nothing until it is listening for change notices", async () => {
    const cache = new SessionCache(30_000);
    await cache.lookUp("token", async () => viewerOf(Date.now() + 60_000));
    expect(cache.read("token")).toBeUndefined();
    cache.listeningStarted();
    await cache.lookUp("token", async () => viewerOf(Date.now() + 60_000));
    expect(cache.read("token")).toBeDefined();
  });

  it("does not keep a lookup that a change notice overtook", async () => {
    const cache = new SessionCache(30_000);
    cache.listeningStarted();
    await cache.lookUp("token", async () => {
      cache.forgetAll(); // the notice arrives while the lookup is on its way
      return viewerOf(Date.now() + 60_000);
    });
    expect(cache.read("token")).toBeUndefined();
  });

  it("keeps a session for its time at most, and never past the session's own end", async () => {
    let now = 1_000_000;
    const cache = new SessionCache(30_000, () => now);
    cache.listeningStarted();
    await cache.lookUp("long", async () => viewerOf(now + 3_600_000));
    await cache.lookUp("ending", async () => viewerOf(now + 10_000));
    now += 10_000;
    expect(cache.read("long")).toBeDefined();
    expect(cache.read("ending")).toBeUndefined();
    now += 20_000;
    expect(cache.read("long")).toBeUndefined();
  });

  it("forgets everything when the listening connection starts again or stops", async () => {
    const cache = new SessionCache(30_000);
    cache.listeningStarted();
    await cache.lookUp("token", async () => viewerOf(Date.now() + 60_000));
    cache.listeningStarted();
    expect(cache.read("token")).toBeUndefined();
    await cache.lookUp("token", async () => viewerOf(Date.now() + 60_000));
    cache.stopped();
    expect(cache.read("token")).toBeUndefined();
    await cache.lookUp("token", async () => viewerOf(Date.now() + 60_000));
    expect(cache.read("token")).toBeUndefined();
  });
});
