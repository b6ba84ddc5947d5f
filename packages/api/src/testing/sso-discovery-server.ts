import { createServer, type Server } from "node:http";

/**
 * A stand-in OpenID provider for settings tests: a discovery document (whose issuer can be made
 * wrong) and an authorization endpoint that accepts one redirect URI, as real providers do.
 */
export interface DiscoveryServer {
  origin: string;
  /** Which redirect URI the authorization endpoint accepts; others get an error page. */
  acceptRedirectUri(uri: string): void;
  /** The issuer the discovery document names (the origin unless changed). */
  nameIssuer(issuer: string): void;
  close(): Promise<void>;
}

export async function startDiscoveryServer(): Promise<DiscoveryServer> {
  let acceptedRedirectUri = "";
  let namedIssuer: string | null = null;
  let origin = "";
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", origin);
    if (url.pathname === "/.well-known/openid-configuration") {
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          issuer: namedIssuer ?? origin,
          authorization_endpoint: `${origin}/authorize`,
          token_endpoint: `${origin}/token`,
          jwks_uri: `${origin}/jwks`,
          userinfo_endpoint: `${origin}/userinfo`,
          scopes_supported: ["openid", "email", "profile"],
          claims_supported: ["sub", "email", "name"],
        }),
      );
      return;
    }
    if (url.pathname === "/authorize") {
      if (url.searchParams.get("redirect_uri") !== acceptedRedirectUri) {
        response.statusCode = 400;
        response.end(
          "<p>redirect_uri did not match any of the client's registered redirect_uris</p>",
        );
        return;
      }
      response.statusCode = 303;
      response.setHeader("location", `${origin}/login`);
      response.end();
      return;
    }
    response.statusCode = 404;
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    origin,
    acceptRedirectUri: (uri) => {
      acceptedRedirectUri = uri;
    },
    nameIssuer: (issuer) => {
      namedIssuer = issuer;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
