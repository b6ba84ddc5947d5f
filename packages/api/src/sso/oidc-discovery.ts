import {
  computeDiscoveryUrl,
  DiscoveryError,
  fetchDiscoveryDocument,
  normalizeDiscoveryUrls,
  type OIDCDiscoveryDocument,
  selectTokenEndpointAuthMethod,
  validateDiscoveryDocument,
} from "@better-auth/sso";
import type { FetchPolicy } from "./fetch-policy.ts";

/*
 * OpenID Connect discovery for a district's provider, with the SSO plugin's own fetch and
 * checks, and every failure said in words an IT lead can act on.
 */

export interface DiscoveredEndpoints {
  discoveryEndpoint: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksEndpoint: string;
  userInfoEndpoint?: string;
  tokenEndpointAuthentication: "client_secret_basic" | "client_secret_post";
}

export type DiscoveryOutcome =
  | { ok: true; endpoints: DiscoveredEndpoints; document: OIDCDiscoveryDocument }
  | { ok: false; step: "fetch" | "parse" | "issuer"; message: string };

function detail(error: DiscoveryError, key: string): string {
  const value = error.details?.[key];
  return typeof value === "string" ? value : "";
}

function explain(
  error: unknown,
  url: string,
): { step: "fetch" | "parse" | "issuer"; message: string } {
  if (!(error instanceof DiscoveryError)) {
    return { step: "fetch", message: `The discovery document at ${url} could not be fetched.` };
  }
  switch (error.code) {
    case "discovery_not_found":
      return {
        step: "fetch",
        message: `There is no discovery document at ${url} (HTTP 404). Check the issuer, or enter the discovery URL.`,
      };
    case "discovery_timeout":
      return { step: "fetch", message: `${url} did not answer within 10 seconds.` };
    case "discovery_invalid_json":
      return {
        step: "parse",
        message: `The answer from ${url} is not a discovery document (JSON).`,
      };
    case "discovery_incomplete":
      return {
        step: "parse",
        message: `The discovery document at ${url} is incomplete: ${error.message}.`,
      };
    case "issuer_mismatch":
      return {
        step: "issuer",
        message: `The discovery document names the issuer "${detail(error, "discovered")}", not "${detail(error, "configured")}". Enter the issuer exactly as the provider names it.`,
      };
    case "discovery_untrusted_origin":
    case "discovery_private_host":
      return {
        step: "fetch",
        message: `Throughline may not contact ${detail(error, "url") || url}: it is not a public https address. Your operator can allow an internal identity provider (SSO_INTERNAL_ORIGINS).`,
      };
    case "oidc_endpoint_redirect":
      return { step: "fetch", message: `${url} answers with a redirect; enter the final address.` };
    default:
      return {
        step: "fetch",
        message: `The discovery document at ${url} could not be fetched: ${error.message}`,
      };
  }
}

function isAuthentication(
  value: string,
): value is DiscoveredEndpoints["tokenEndpointAuthentication"] {
  return value === "client_secret_basic" || value === "client_secret_post";
}

export async function discoverOidcProvider(params: {
  issuer: string;
  discoveryUrl: string | null;
  policy: FetchPolicy;
}): Promise<DiscoveryOutcome> {
  const url = params.discoveryUrl ?? computeDiscoveryUrl(params.issuer);
  const refusal = await params.policy.refusalFor(url);
  if (refusal) {
    return {
      ok: false,
      step: "fetch",
      message: `Throughline may not contact ${url}: ${refusal} Your operator can allow an internal identity provider (SSO_INTERNAL_ORIGINS).`,
    };
  }
  const trusted = (candidate: string) => params.policy.mayContact(candidate);
  try {
    const document = await fetchDiscoveryDocument(url, 10_000, trusted);
    validateDiscoveryDocument(document, params.issuer);
    const normalized = normalizeDiscoveryUrls(document, params.issuer, trusted);
    const authentication = selectTokenEndpointAuthMethod(normalized);
    return {
      ok: true,
      document,
      endpoints: {
        discoveryEndpoint: url,
        authorizationEndpoint: normalized.authorization_endpoint,
        tokenEndpoint: normalized.token_endpoint,
        jwksEndpoint: normalized.jwks_uri,
        ...(normalized.userinfo_endpoint ? { userInfoEndpoint: normalized.userinfo_endpoint } : {}),
        tokenEndpointAuthentication: isAuthentication(authentication)
          ? authentication
          : "client_secret_basic",
      },
    };
  } catch (error) {
    return { ok: false, ...explain(error, url) };
  }
}
