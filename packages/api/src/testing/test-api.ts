import { createTestDatabase } from "@throughline/db/testing";
import { createAuth } from "../auth.ts";
import { createRequestContext, type DashboardSnapshotSettings } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

export const DEMO_PASSWORD = "throughline-demo";
const createCaller = createCallerFactory(appRouter);

/** The server secret the test API runs with; a server app under test takes the same one. */
export const TEST_SERVER_SECRET = "test-server-secret-that-is-long-enough-to-derive-keys";

/** The public address the test API (and by default a server app under test) runs at. */
export const TEST_PUBLIC_URL = "http://localhost:3000";

/**
 * The real router on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL), with real
 * sign-in: each caller carries the session cookie Better Auth issued for that person. The demo
 * districts are written unless `seed` is false, for a test that builds its own world
 * (`testDistrict`) and so shows that it needs nothing else.
 */
export async function createTestApi(
  options: {
    seed?: boolean;
    ssoInternalOrigins?: string[];
    dashboardSnapshots?: DashboardSnapshotSettings;
  } = {},
) {
  const database = await createTestDatabase({ seed: options.seed ?? true });
  const auth = createAuth({
    db: database.db,
    secret: "test-secret-that-is-long-enough-for-hmac",
    baseURL: TEST_PUBLIC_URL,
    secureCookies: false,
    ssoInternalOrigins: options.ssoInternalOrigins,
  });
  // The public URL and secret the server would have: badges are signed with keys kept under it.
  const deps = {
    db: database.db,
    dbKind: database.kind,
    auth,
    publicUrl: TEST_PUBLIC_URL,
    secret: TEST_SERVER_SECRET,
    dashboardSnapshots: options.dashboardSnapshots,
  };

  async function sessionCookieFor(email: string, password = DEMO_PASSWORD): Promise<string> {
    const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
    if (!response.ok) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
    const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]);
    return cookie.join("; ");
  }

  return {
    db: database.db,
    kind: database.kind,
    auth,
    anonymous: () => createCaller(() => createRequestContext(deps, new Headers())),
    /** The context a request with these headers gets, for tests that go through an HTTP adapter. */
    requestContext: (headers: Headers) => createRequestContext(deps, headers),
    /** Each call is its own request, with its own context, as each would be over HTTP. */
    async callerFor(email: string) {
      const headers = new Headers({ cookie: await sessionCookieFor(email) });
      return createCaller(() => createRequestContext(deps, headers));
    },
    sessionCookieFor,
    close: database.close,
  };
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;
