/// <reference path="./oidc-provider.d.ts" />
import { createServer, type Server } from "node:http";
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
    handler(request, response);
  });
  await new Promise<void>((resolve) => running.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise((resolve) => {
        running.closeAllConnections();
        running.close(() => resolve());
      }),
  };
}
