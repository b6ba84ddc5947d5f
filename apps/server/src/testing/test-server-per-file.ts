import type { Hono } from "hono";
import { afterAll, beforeAll } from "vitest";
import { createTestServer, type TestServer } from "./test-server.ts";

type ServerOptions = NonNullable<Parameters<typeof createTestServer>[0]>;

/**
 * The test server of one test file: started on its own seeded database before the file's first
 * test, closed after its last. `api` and `app` can be taken apart at the top of the file; they
 * reach the server only when a test or hook calls them. Options that depend on something started
 * first (an identity provider's address) are given as a function, called in the same `beforeAll`.
 * Set-up that needs the server goes in a `beforeAll` registered after this call.
 */
export function testServerPerFile(options?: ServerOptions | (() => Promise<ServerOptions>)) {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await createTestServer(typeof options === "function" ? await options() : options);
  });
  afterAll(() => server?.close());

  const open = () => {
    if (!server) throw new Error("The test server starts before the first test.");
    return server;
  };
  return {
    /** The seeded database, its auth and callers, as the API tests use them. */
    api: {
      get db() {
        return open().api.db;
      },
      get kind() {
        return open().api.kind;
      },
      get auth() {
        return open().api.auth;
      },
      callerFor: (email: string) => open().api.callerFor(email),
      sessionCookieFor: (email: string, password?: string) =>
        open().api.sessionCookieFor(email, password),
    },
    /** The whole server without the built apps: `app.request(...)`, or `app.fetch` to serve it. */
    app: {
      request: (...args: Parameters<Hono["request"]>) => open().app.request(...args),
      fetch: (...args: Parameters<Hono["fetch"]>) => open().app.fetch(...args),
    },
    /** Where this server keeps uploaded files. */
    get storage() {
      return open().storage;
    },
    get dataDir() {
      return open().dataDir;
    },
  };
}
