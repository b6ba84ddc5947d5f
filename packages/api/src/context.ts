import type { Database } from "@throughline/db/client";
import type { Auth } from "./auth.ts";

/** What every request starts with: the database, the auth service and the request headers. */
export interface RequestContext {
  db: Database;
  auth: Auth;
  headers: Headers;
  /** The origin people reach the server at, for links that leave the app (calendar feeds). */
  publicUrl?: string;
  /**
   * The server's secret: issuer signing keys are stored encrypted with it. Without it, badges
   * are awarded but cannot be signed (the request fails rather than issue an unsigned badge).
   */
  secret?: string;
}

export function createRequestContext(
  deps: { db: Database; auth: Auth; publicUrl?: string; secret?: string },
  headers: Headers,
) {
  return {
    db: deps.db,
    auth: deps.auth,
    headers,
    publicUrl: deps.publicUrl,
    secret: deps.secret,
  } satisfies RequestContext;
}
