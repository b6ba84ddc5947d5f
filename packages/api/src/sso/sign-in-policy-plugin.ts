import type { Database } from "@throughline/db/client";
import { findPersonForUser } from "@throughline/db/identity";
import { emailKey } from "@throughline/domain/person";
import { type SignInMethod, signInMethodInputSchema } from "@throughline/domain/sso";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthEndpoint, createAuthMiddleware } from "better-auth/api";
import { samlConfirmationExpired } from "./saml-confirmation.ts";
import { ssoEntryForDistrict, ssoEntryForEmail } from "./sign-in-directory.ts";

/*
 * Throughline's rules around the SSO plugin:
 * - `/sso/sign-in-method` tells the email-first sign-in page how an address continues;
 * - password sign-in is refused for a district that turned it off;
 * - `/sign-in/sso` starts only from an address on a district's domain and returns to this site;
 * - the plugin's own provider management endpoints are closed: providers are set on the
 *   district's settings page, which checks the admin, seals the secret and refuses overlaps;
 * - a SAML answer whose bearer confirmation has lapsed is refused before the plugin reads it.
 */

const closedPaths = new Set([
  "/sso/register",
  "/sso/update-provider",
  "/sso/delete-provider",
  "/sso/providers",
  "/sso/get-provider",
  "/sso/request-domain-verification",
  "/sso/verify-domain",
  "/sso/saml2/logout",
]);

function isClosed(path: string | undefined): boolean {
  return path !== undefined && (closedPaths.has(path) || path.startsWith("/sso/saml2/logout/"));
}

/** Only a path on this site: never another origin, never `//host`. */
function isLocalPath(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("/") && !/^\/[/\\]/.test(value);
}

function stringField(body: unknown, key: string): string | undefined {
  if (typeof body !== "object" || body === null || !(key in body)) return undefined;
  const value: unknown = Reflect.get(body, key);
  return typeof value === "string" ? value : undefined;
}

export function passwordOffMessage(label: string): string {
  return `Your district signs in with ${label}. Use "Continue with ${label}" instead of a password.`;
}

export function signInPolicyPlugin(deps: {
  db: Database;
  /** The page a refused single sign-on lands on. */
  refusedPath: string;
}) {
  return {
    id: "throughline-sign-in-policy",
    // Starting a single sign-on checks no password: the default for "/sign-in" paths (3 in 10
    // seconds) would lock out a school whose staff all sign in from one address at 8 am.
    rateLimit: [{ pathMatcher: (path: string) => path === "/sign-in/sso", window: 60, max: 600 }],
    endpoints: {
      ssoSignInMethod: createAuthEndpoint(
        "/sso/sign-in-method",
        { method: "POST", body: signInMethodInputSchema },
        async (ctx): Promise<SignInMethod> => {
          // Decided by the domain alone, so the answer says nothing about who has an account.
          const entry = await ssoEntryForEmail(deps.db, ctx.body.email);
          if (!entry) return { method: "password" };
          return {
            method: "sso",
            providerName: entry.label,
            passwordAllowed: entry.passwordSignIn,
          };
        },
      ),
    },
    hooks: {
      before: [
        {
          matcher: (context) => isClosed(context.path),
          handler: createAuthMiddleware(async () => {
            throw new APIError("NOT_FOUND", { message: "Not found" });
          }),
        },
        {
          matcher: (context) => context.path?.startsWith("/sso/saml2/sp/acs/") ?? false,
          handler: createAuthMiddleware(async (ctx) => {
            const samlResponse = stringField(ctx.body, "SAMLResponse");
            if (samlResponse && samlConfirmationExpired(samlResponse)) {
              const query = new URLSearchParams({
                error: "invalid_saml_response",
                error_description: "The SAML assertion has expired",
              });
              throw ctx.redirect(`${deps.refusedPath}?${query}`);
            }
          }),
        },
        {
          matcher: (context) => context.path === "/sign-in/email",
          handler: createAuthMiddleware(async (ctx) => {
            const typed = stringField(ctx.body, "email");
            if (!typed?.trim()) return;
            // The account the sign-in endpoint will look up, however the address was typed.
            const email = emailKey(typed);
            const byDomain = await ssoEntryForEmail(deps.db, email);
            if (byDomain && !byDomain.passwordSignIn) {
              throw new APIError("UNAUTHORIZED", {
                code: "PASSWORD_SIGN_IN_OFF",
                message: passwordOffMessage(byDomain.label),
              });
            }
            const found = await ctx.context.internalAdapter.findUserByEmail(email);
            const membership = found ? await findPersonForUser(deps.db, found.user.id) : null;
            if (!membership) return;
            const home = await ssoEntryForDistrict(deps.db, membership.districtId);
            if (home && !home.passwordSignIn) {
              throw new APIError("UNAUTHORIZED", {
                code: "PASSWORD_SIGN_IN_OFF",
                message: passwordOffMessage(home.label),
              });
            }
          }),
        },
        {
          matcher: (context) => context.path === "/sign-in/sso",
          handler: createAuthMiddleware(async (ctx) => {
            const email = stringField(ctx.body, "email");
            const callbackURL = stringField(ctx.body, "callbackURL");
            const errorCallbackURL = stringField(ctx.body, "errorCallbackURL");
            if (!isLocalPath(callbackURL) || (errorCallbackURL && !isLocalPath(errorCallbackURL))) {
              throw new APIError("BAD_REQUEST", {
                message: "Sign-in returns to a page of this site only.",
              });
            }
            const entry = email ? await ssoEntryForEmail(deps.db, email) : null;
            if (!email || !entry) {
              throw new APIError("NOT_FOUND", {
                message: "No district signs this address in with single sign-on.",
              });
            }
            // The district's provider, named outright: the plugin never picks one on its own.
            return {
              context: {
                body: {
                  email,
                  providerId: entry.providerId,
                  callbackURL,
                  ...(errorCallbackURL ? { errorCallbackURL } : {}),
                  loginHint: email,
                },
              },
            };
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
