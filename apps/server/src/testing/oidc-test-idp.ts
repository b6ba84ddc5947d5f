/// <reference path="./oidc-provider.d.ts" />
import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { TestApi } from "@throughline/api/testing/test-api";
import type { SaveOidcProviderInput, SaveSamlProviderInput } from "@throughline/domain/sso";
import Provider from "oidc-provider";

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 for tests, with one client. Its sign-in
 * form accepts any login: the login is the email address the provider vouches for, so a test
 * signs in as whoever it needs, including people the district does not know.
 */
export interface OidcTestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * The next ID token the token endpoint gives is for `audience` instead of the client that
   * asked (as a token meant for another application would be), still signed with the
   * provider's published key.
   */
  nextIdTokenFor(audience: string): void;
  close(): Promise<void>;
}

export async function startOidcTestIdp(options: {
  /** The client's redirect URIs; a function when they are known only later (a server's port). */
  redirectUris: string[] | (() => string[]);
}): Promise<OidcTestIdp> {
  const clientId = "throughline";
  const clientSecret = "a-test-client-secret-of-the-district";
  const port = await new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingJwk = {
    ...privateKey.export({ format: "jwk" }),
    kid: "test-signing-key",
    alg: "RS256",
    use: "sig",
  };
  let nextAudience: string | null = null;
  const createProvider = () =>
    new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris:
            typeof options.redirectUris === "function"
              ? options.redirectUris()
              : options.redirectUris,
          grant_types: ["authorization_code"],
          response_types: ["code"],
          token_endpoint_auth_method: "client_secret_basic",
        },
      ],
      async findAccount(_ctx, id) {
        return {
          accountId: id,
          claims: async () => ({
            sub: id,
            email: id,
            email_verified: true,
            name: id.split("@")[0],
          }),
        };
      },
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      jwks: { keys: [signingJwk] },
      features: { devInteractions: { enabled: true } },
      cookies: { keys: ["a-cookie-key-for-the-test-provider"] },
      // First-party client: no consent screen.
      async loadExistingGrant(ctx) {
        const { client, session, result, provider: op } = ctx.oidc;
        if (!client || !session?.accountId) return undefined;
        const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
        if (grantId) return op.Grant.find(grantId);
        const grant = new op.Grant({ clientId: client.clientId, accountId: session.accountId });
        grant.addOIDCScope("openid email profile");
        await grant.save();
        return grant;
      },
    });
  // Made on the first request, when the redirect URIs are known.
  let handler: ReturnType<Provider["callback"]> | null = null;
  const running: Server = createServer((request, response) => {
    handler ??= createProvider().callback();
    if (nextAudience && request.method === "POST" && request.url?.startsWith("/token")) {
      readdressIdToken(
        response,
        nextAudience,
        createPrivateKey({ key: signingJwk, format: "jwk" }),
      );
      nextAudience = null;
    }
    handler(request, response);
  });
  await new Promise<void>((resolve) => running.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    nextIdTokenFor: (audience) => {
      nextAudience = audience;
    },
    close: () =>
      new Promise((resolve) => {
        running.closeAllConnections();
        running.close(() => resolve());
      }),
  };
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

/** Rewrites the `aud` of the ID token in a token response, signing it again with `key`. */
function readdressIdToken(response: ServerResponse, audience: string, key: KeyObject) {
  const end = response.end.bind(response);
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "string" || Buffer.isBuffer(chunk)) {
      const body = JSON.parse(chunk.toString()) as { id_token?: string };
      if (body.id_token) {
        const [header = "", payload = ""] = body.id_token.split(".");
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
        const signed = `${header}.${base64url(JSON.stringify({ ...claims, aud: audience }))}`;
        body.id_token = `${signed}.${base64url(sign("sha256", Buffer.from(signed), key))}`;
      }
      const text = JSON.stringify(body);
      response.setHeader("content-length", Buffer.byteLength(text));
      return (end as (chunk: string, ...args: unknown[]) => ServerResponse)(text, ...rest);
    }
    return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
  }) as ServerResponse["end"];
}

/**
 * Maple Valley's single sign-on through a test identity provider (`provider`'s fields), saved
 * by its admin for the district's own email domain.
 */
export async function saveMapleValleySso(
  api: Pick<TestApi, "callerFor">,
  provider: Omit<SaveOidcProviderInput, "domains"> | Omit<SaveSamlProviderInput, "domains">,
): Promise<void> {
  const admin = await api.callerFor("admin@maplevalley.test");
  await admin.ssoSettings.save({ ...provider, domains: ["maplevalley.test"] });
}

/** Maple Valley's single sign-on through this test identity provider. */
export function saveMapleValleyOidc(
  api: Pick<TestApi, "callerFor">,
  oidc: OidcTestIdp,
): Promise<void> {
  return saveMapleValleySso(api, {
    protocol: "oidc",
    preset: "oidc",
    displayName: "Maple Valley",
    issuer: oidc.issuer,
    discoveryUrl: null,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
  });
}
