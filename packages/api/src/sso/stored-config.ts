import { type SsoPresetKey, ssoPresetKeys } from "@throughline/domain/sso";
import type { DiscoveredEndpoints } from "./oidc-discovery.ts";
import { isSealedSecret, openSecret, type SealedSecret, sealSecret } from "./secret-box.ts";

/*
 * The provider configurations as the sso_provider row keeps them (JSON text, read by the SSO
 * plugin). Our own settings ride along under `throughline`; the plugin ignores keys it does not
 * know, and leaves the client secret out of the fingerprint that ties a sign-in to the config.
 */

/** What the settings page chose: the preset and the button's name. */
export interface ThroughlineProviderSettings {
  preset: SsoPresetKey;
  label: string;
}

/** A provider as stored: the endpoints discovery found, the client and the district's choices. */
export interface StoredOidcConfig extends DiscoveredEndpoints {
  issuer: string;
  clientId: string;
  /** Sealed at rest; the plugin sees it opened (see sso-auth.ts). */
  clientSecret?: SealedSecret | string;
  pkce: boolean;
  scopes: string[];
  throughline: ThroughlineProviderSettings;
}

export interface StoredSamlConfig {
  issuer: string;
  entryPoint: string;
  cert?: string;
  /** The IdP's metadata XML, or (entered by hand) its entity ID. */
  idpMetadata:
    | { metadata: string; entityID?: undefined }
    | { metadata?: undefined; entityID: string };
  wantAssertionsSigned: boolean;
  throughline: ThroughlineProviderSettings;
}

function parseObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The settings part of either stored config, whatever else the row holds. */
export function throughlineSettingsOf(
  configText: string | null,
): ThroughlineProviderSettings | null {
  const settings = parseObject(configText)?.throughline;
  if (typeof settings !== "object" || settings === null) return null;
  const preset = "preset" in settings ? settings.preset : null;
  const label = "label" in settings ? settings.label : null;
  const known = ssoPresetKeys.find((key) => key === preset);
  if (!known || typeof label !== "string") return null;
  return { preset: known, label };
}

export function readStoredConfig(configText: string | null): Record<string, unknown> | null {
  return parseObject(configText);
}

/** Before writing: a plain client secret is sealed; a sealed one is kept as it is. */
export function sealOidcConfigText(text: string, serverSecret: string): string {
  const config = parseObject(text);
  if (!config || typeof config.clientSecret !== "string") return text;
  return JSON.stringify({ ...config, clientSecret: sealSecret(config.clientSecret, serverSecret) });
}

/**
 * After reading, for the SSO plugin only: the sealed secret opened. A secret that no longer
 * opens (the server secret changed) is left out, so the token exchange fails for this provider
 * alone and the settings page asks for it again.
 */
export function openOidcConfigText(text: string, serverSecret: string): string {
  const config = parseObject(text);
  if (!config || !isSealedSecret(config.clientSecret)) return text;
  const opened = openSecret(config.clientSecret, serverSecret);
  const { clientSecret: _sealed, ...rest } = config;
  return JSON.stringify(opened === null ? rest : { ...rest, clientSecret: opened });
}

/** Whether a stored config holds a secret, and whether it still opens. */
export function savedSecretState(
  text: string | null,
  serverSecret: string,
): { saved: boolean; readable: boolean } {
  const secret = parseObject(text)?.clientSecret;
  if (!isSealedSecret(secret)) return { saved: false, readable: false };
  return { saved: true, readable: openSecret(secret, serverSecret) !== null };
}
