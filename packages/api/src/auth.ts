import type { Database } from "@throughline/db/client";
import { account, session, user, verification } from "@throughline/db/schema";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";

export interface AuthOptions {
  db: Database;
  /** Signs session cookies; at least 32 characters. */
  secret: string;
  /** The public origin of the server, e.g. http://localhost:3000. */
  baseURL: string;
  /** Cookies marked Secure; on for https deployments. */
  secureCookies: boolean;
}

/**
 * Email + password sign-in with database sessions in an HttpOnly, SameSite=Lax cookie.
 * Accounts are created by the district (seed, invitations, rostering), never by public sign-up.
 */
export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: "Throughline",
    basePath: "/api/auth",
    baseURL: options.baseURL,
    secret: options.secret,
    database: drizzleAdapter(options.db, {
      provider: "pg",
      schema: { user, session, account, verification },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    advanced: {
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
