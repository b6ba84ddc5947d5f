import type { Database } from "@throughline/db/client";
import { account, rateLimit, session, user, verification } from "@throughline/db/schema";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { accountAuthOptions } from "./accounts/account-auth-options.ts";
import { createSsoAuth, SSO_REFUSED_PATH } from "./sso/sso-auth.ts";

export interface AuthOptions {
  db: Database;
  /** Signs session cookies; at least 32 characters. */
  secret: string;
  /** The public origin of the server, e.g. http://localhost:3000. */
  baseURL: string;
  /** Cookies marked Secure; on for https deployments. */
  secureCookies: boolean;
  /** Other origins allowed to call auth (the apps' dev servers in development). */
  trustedOrigins?: string[];
  /** Sign-in attempts allowed per minute from one address; 0 turns the limit off. */
  signInAttemptsPerMinute?: number;
  /**
   * Check request origins even under a test runner (Better Auth skips the check when
   * NODE_ENV is "test"); for tests of the origin rules themselves.
   */
  enforceOriginCheck?: boolean;
  /** Identity providers on a private network that districts may use (their origins). */
  ssoInternalOrigins?: string[];
  /**
   * Where Better Auth's own log lines go (the server's logger); by default the console, which
   * prints failed queries with their parameters.
   */
  log?: AuthLog;
}

export type AuthLog = (
  level: "debug" | "info" | "warn" | "error",
  message: string,
  ...args: unknown[]
) => void;

/**
 * The header the server sets to the connecting address (replacing anything a client sent), so
 * rate limits count per address rather than for everyone at once.
 */
export const CLIENT_ADDRESS_HEADER = "x-throughline-client-address";

/**
 * Email + password sign-in with database sessions in an HttpOnly, SameSite=Lax cookie.
 * Accounts are created by the district (seed, invitations, rostering), never by public sign-up.
 */
export function createAuth(options: AuthOptions) {
  const limitsOn = (options.signInAttemptsPerMinute ?? 120) > 0;
  const accounts = accountAuthOptions({
    db: options.db,
    baseURL: options.baseURL,
    throttle: limitsOn,
    clientAddressHeader: CLIENT_ADDRESS_HEADER,
  });
  const singleSignOn = createSsoAuth({
    db: options.db,
    secret: options.secret,
    baseURL: options.baseURL,
    internalOrigins: options.ssoInternalOrigins ?? [],
  });
  const auth = betterAuth({
    appName: "Throughline",
    basePath: "/api/auth",
    baseURL: options.baseURL,
    secret: options.secret,
    database: drizzleAdapter(singleSignOn.database, {
      provider: "pg",
      // An SSO sign-in decides and writes its user, account and session in one transaction.
      transaction: true,
      schema: {
        user,
        session,
        account,
        verification,
        rateLimit,
        ssoProvider: singleSignOn.providerTable,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      ...accounts.emailAndPassword,
    },
    verification: accounts.verification,
    disabledPaths: accounts.disabledPaths,
    plugins: [...accounts.plugins, ...singleSignOn.plugins],
    onAPIError: { errorURL: SSO_REFUSED_PATH },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    trustedOrigins: singleSignOn.trustedOrigins(options.trustedOrigins ?? []),
    rateLimit: {
      enabled: limitsOn,
      // Counted in the database, so every server process behind a load balancer agrees.
      storage: "database",
      window: 60,
      max: 600,
      customRules: {
        "/sign-in/email": { window: 60, max: options.signInAttemptsPerMinute ?? 120 },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: options.secureCookies,
      ...(options.enforceOriginCheck ? { disableOriginCheck: false } : {}),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
    ...(options.log ? { logger: { log: options.log } } : {}),
  });
  return Object.assign(auth, { sso: singleSignOn.services });
}

export type Auth = ReturnType<typeof createAuth>;
