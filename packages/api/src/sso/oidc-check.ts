import { createHash, randomBytes } from "node:crypto";
import type { SsoTestCheck } from "@throughline/domain/sso";
import type { FetchPolicy } from "./fetch-policy.ts";
import { discoverOidcProvider } from "./oidc-discovery.ts";

/*
 * "Test sign-in" for an OpenID Connect provider, without a person at the keyboard: discovery,
 * the claims the provider offers, and a dry-run authorization request that shows whether the
 * provider knows the client ID and accepts the redirect URI. Nothing is signed in.
 */

/** Phrases identity providers use on the page they show for a bad request. */
const knownRefusals: [RegExp, string][] = [
  [
    /redirect_uri_mismatch|redirect_uri did not match|AADSTS50011|invalid redirect/i,
    "the redirect URI is not registered for this client",
  ],
  [
    /invalid_client|AADSTS700016|client not found|unknown client|client_id/i,
    "the client ID is not known to the provider",
  ],
  [
    /invalid_scope|AADSTS650053/i,
    "the provider does not allow the scopes openid, email and profile",
  ],
];

function refusalIn(text: string): string | null {
  for (const [pattern, meaning] of knownRefusals) if (pattern.test(text)) return meaning;
  return null;
}

async function dryRunAuthorization(params: {
  authorizationEndpoint: string;
  clientId: string;
  redirectUri: string;
  policy: FetchPolicy;
}): Promise<SsoTestCheck> {
  const name = "Client ID and redirect URI";
  const refusal = await params.policy.refusalFor(params.authorizationEndpoint);
  if (refusal)
    return {
      name,
      ok: false,
      message: `Throughline may not contact the authorization endpoint: ${refusal}`,
    };
  const verifier = randomBytes(32).toString("base64url");
  const url = new URL(params.authorizationEndpoint);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", params.clientId);
  url.searchParams.set("redirect_uri", params.redirectUri);
  url.searchParams.set("scope", "openid email profile");
  url.searchParams.set("state", randomBytes(16).toString("base64url"));
  url.searchParams.set("nonce", randomBytes(16).toString("base64url"));
  url.searchParams.set("code_challenge", createHash("sha256").update(verifier).digest("base64url"));
  url.searchParams.set("code_challenge_method", "S256");

  let response: Response;
  try {
    response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
  } catch {
    return {
      name,
      ok: false,
      message: `The authorization endpoint ${params.authorizationEndpoint} did not answer.`,
    };
  }
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) {
    const target = new URL(location, url);
    if (target.href.startsWith(params.redirectUri)) {
      const error = target.searchParams.get("error");
      if (error) {
        const description = target.searchParams.get("error_description");
        return {
          name,
          ok: false,
          message: `The provider refused the request: ${error}${description ? ` (${description})` : ""}.`,
        };
      }
    }
    return {
      name,
      ok: true,
      message: "The provider accepted the client ID and redirect URI and asked for a sign-in.",
    };
  }
  const body = await response.text().catch(() => "");
  const meaning = refusalIn(body);
  if (response.ok && !meaning) {
    return {
      name,
      ok: true,
      message: "The provider accepted the client ID and redirect URI and showed its sign-in page.",
    };
  }
  return {
    name,
    ok: false,
    message: `The provider refused the request (HTTP ${response.status})${meaning ? `: ${meaning}` : ""}. Check that the redirect URI below is registered for client ID ${params.clientId}.`,
  };
}

export async function checkOidcProvider(params: {
  issuer: string;
  discoveryUrl: string | null;
  clientId: string;
  secret: { saved: boolean; readable: boolean };
  redirectUri: string;
  policy: FetchPolicy;
}): Promise<SsoTestCheck[]> {
  const discovery = await discoverOidcProvider(params);
  if (!discovery.ok) {
    const name = { fetch: "Discovery document", parse: "Discovery document", issuer: "Issuer" }[
      discovery.step
    ];
    return [{ name, ok: false, message: discovery.message }];
  }
  const checks: SsoTestCheck[] = [
    {
      name: "Discovery document",
      ok: true,
      message: `Read from ${discovery.endpoints.discoveryEndpoint}.`,
    },
    { name: "Issuer", ok: true, message: `The provider names itself ${params.issuer}.` },
  ];
  const { claims_supported: claims, scopes_supported: scopes } = discovery.document;
  const emailMissing =
    (claims !== undefined && !claims.includes("email")) ||
    (scopes !== undefined && !scopes.includes("email"));
  checks.push(
    emailMissing
      ? {
          name: "Email claim",
          ok: false,
          message:
            "The provider does not offer the email claim (scope email): sign-in matches people by email.",
        }
      : { name: "Email claim", ok: true, message: "The provider offers the email claim." },
  );
  checks.push(
    await dryRunAuthorization({
      authorizationEndpoint: discovery.endpoints.authorizationEndpoint,
      clientId: params.clientId,
      redirectUri: params.redirectUri,
      policy: params.policy,
    }),
  );
  checks.push(
    !params.secret.saved
      ? { name: "Client secret", ok: false, message: "No client secret is saved." }
      : !params.secret.readable
        ? {
            name: "Client secret",
            ok: false,
            message:
              "The saved secret cannot be read since the server secret changed: enter it again.",
          }
        : {
            name: "Client secret",
            ok: true,
            message: "A secret is saved (the provider checks it when someone signs in).",
          },
  );
  return checks;
}
