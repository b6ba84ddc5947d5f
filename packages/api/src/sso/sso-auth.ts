import { sso } from "@better-auth/sso";
import type { Database } from "@throughline/db/client";
import { sealedSsoProviderTable } from "@throughline/db/schema";
import type { ServiceProviderDetails } from "@throughline/domain/sso";
import { trackAuthTransactions } from "./auth-transaction.ts";
import { createFetchPolicy, type FetchPolicy } from "./fetch-policy.ts";
import { type SealedSecret, sealSecret } from "./secret-box.ts";
import { signInPolicyPlugin } from "./sign-in-policy-plugin.ts";
import { openOidcConfigText, savedSecretState, sealOidcConfigText } from "./stored-config.ts";
import { resolveSsoUser } from "./user-resolution.ts";

/** Where a refused or failed single sign-on lands: a page that says why (apps/server/src/sso). */
export const SSO_REFUSED_PATH = "/sso/refused";

/** The auth paths on which the SSO plugin contacts identity providers. */
const ssoPaths = [
  "/api/auth/sign-in/sso",
  "/api/auth/sso/callback/",
  "/api/auth/sso/saml2/sp/acs/",
];

type TrustedOrigins = string[] | ((request?: Request) => string[] | Promise<string[]>);

/** What the settings page needs from the auth service's single sign-on. */
export interface SsoServices {
  sealSecret(plain: string): SealedSecret;
  /** Whether a stored OIDC config holds a secret, and whether it still opens. */
  secretState(oidcConfig: string | null): { saved: boolean; readable: boolean };
  policy: FetchPolicy;
  /** What to enter at the identity provider for this provider id. */
  serviceProvider(providerId: string): ServiceProviderDetails;
}

export interface SsoAuthOptions {
  db: Database;
  secret: string;
  baseURL: string;
  /** Origins of identity providers on a private network the operator allows (http too). */
  internalOrigins: readonly string[];
}

/**
 * Everything `createAuth` adds for single sign-on: the database Better Auth writes through
 * (transactions it opens can be joined), the sealed provider table, the plugins, trusted
 * origins, and the services the settings page uses.
 */
export function createSsoAuth(options: SsoAuthOptions) {
  const policy = createFetchPolicy(options.internalOrigins);
  const origin = new URL(options.baseURL).origin;
  const authBase = `${origin}/api/auth`;

  const services: SsoServices = {
    sealSecret: (plain) => sealSecret(plain, options.secret),
    secretState: (oidcConfig) => savedSecretState(oidcConfig, options.secret),
    policy,
    serviceProvider: (providerId) => ({
      redirectUri: `${authBase}/sso/callback/${providerId}`,
      acsUrl: `${authBase}/sso/saml2/sp/acs/${providerId}`,
      entityId: `${authBase}/sso/saml2/sp/metadata?providerId=${providerId}`,
      metadataUrl: `${authBase}/sso/saml2/sp/metadata?providerId=${providerId}`,
    }),
  };

  const plugins = [
    sso({
      // Providers are registered by the settings page only (see sign-in-policy-plugin.ts).
      providersLimit: 0,
      // Who signs in is decided by resolveSsoUser; the plugin never creates a user on its own.
      disableImplicitSignUp: true,
      resolveUser: resolveSsoUser,
      saml: {
        requireTimestamps: true,
        allowIdpInitiated: false,
        // Where an answer lands when its relay state is gone (a replay): the refusal page.
        idpInitiatedCallbackUrl: SSO_REFUSED_PATH,
      },
    }),
    signInPolicyPlugin({ db: options.db, refusedPath: SSO_REFUSED_PATH }),
  ];

  /**
   * An internal identity provider must be trusted for the plugin to fetch its tokens and keys,
   * but only there: on the SSO paths, never for the rest of auth (callbacks, origin checks).
   */
  function trustedOrigins(base: TrustedOrigins) {
    return async (request?: Request): Promise<string[]> => {
      const fixed = typeof base === "function" ? await base(request) : base;
      const path = request ? new URL(request.url).pathname : "";
      const onSsoPath = ssoPaths.some((prefix) => path.startsWith(prefix));
      return onSsoPath ? [...fixed, ...options.internalOrigins] : fixed;
    };
  }

  return {
    database: trackAuthTransactions(options.db),
    // The SSO plugin alone reads the client secret opened, for the token exchange.
    providerTable: sealedSsoProviderTable({
      seal: (text) => sealOidcConfigText(text, options.secret),
      open: (text) => openOidcConfigText(text, options.secret),
    }),
    plugins,
    trustedOrigins,
    services,
  };
}
