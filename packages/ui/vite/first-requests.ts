/*
 * The first data requests each app makes, written the way its tRPC client writes them, so the
 * server can have the browser ask for them while the scripts still download (a preload is only
 * taken when it is the very address the app then asks). `packages/app-kit/src/viewer-preload.test.ts`
 * and `apps/server/e2e/role-apps.e2e.test.ts` fail if the apps ever ask otherwise.
 */

/** superjson's `undefined` input: what a query without input sends. */
const NO_INPUT = { json: null, meta: { values: ["undefined"], v: 1 } };

/** The GET address of one tRPC batch of queries without input, as `httpBatchLink` writes it. */
export function queryBatchAddress(procedures: readonly string[]): string {
  const input = Object.fromEntries(procedures.map((_, index) => [String(index), NO_INPUT]));
  return `/trpc/${procedures.join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** Who is signed in: every app asks it alone at start (start-app.tsx). */
export const VIEWER_ME_PRELOAD = queryBatchAddress(["viewer.me"]);

/**
 * What each app's home page asks first, in one batch: the queries its home route's loader
 * prefetches (`apps/<app>/src/router.tsx`), in that order.
 */
export const HOME_QUERIES = {
  teacher: ["teacher.home", "sessionFeedback.pending"],
  coach: ["caseload.mine"],
  admin: ["admin.home", "admin.overview"],
} as const satisfies Record<string, readonly string[]>;
