import type { Database } from "@throughline/db/client";
import type { Auth } from "./auth.ts";

/** What every request starts with: the database, the auth service and the request headers. */
export interface RequestContext {
  db: Database;
  auth: Auth;
  headers: Headers;
}

export function createRequestContext(deps: { db: Database; auth: Auth }, headers: Headers) {
  return { db: deps.db, auth: deps.auth, headers } satisfies RequestContext;
}
