import { computeDiscoveryUrl } from "@better-auth/sso";
import type { SsoProviderRecord } from "@throughline/db/queries/accounts/sso-providers";
import type { SsoProviderView } from "@throughline/domain/sso";
import { parseDomainList } from "./domains.ts";
import type { SsoServices } from "./sso-auth.ts";
import { readStoredConfig, throughlineSettingsOf } from "./stored-config.ts";

function text(config: Record<string, unknown> | null, key: string): string | null {
  const value = config?.[key];
  return typeof value === "string" && value !== "" ? value : null;
}

/** The saved provider as the settings page shows it: the client secret only as "saved". */
export function ssoProviderView(record: SsoProviderRecord, services: SsoServices): SsoProviderView {
  const protocol = record.oidcConfig ? "oidc" : "saml";
  const settings = throughlineSettingsOf(record.oidcConfig ?? record.samlConfig);
  const domains = parseDomainList(record.domain);
  if (protocol === "oidc") {
    const config = readStoredConfig(record.oidcConfig);
    const discovery = text(config, "discoveryEndpoint");
    return {
      protocol,
      preset: settings?.preset ?? "oidc",
      displayName: settings?.label ?? "",
      domains,
      issuer: record.issuer,
      discoveryUrl: discovery === computeDiscoveryUrl(record.issuer) ? null : discovery,
      clientId: text(config, "clientId"),
      clientSecretSaved: services.secretState(record.oidcConfig).saved,
      hasIdpMetadata: false,
      idpMetadataXml: null,
      idpEntityId: null,
      entryPoint: null,
      certificate: null,
    };
  }
  const config = readStoredConfig(record.samlConfig);
  const idp = config?.idpMetadata;
  const metadata =
    typeof idp === "object" && idp !== null && "metadata" in idp ? idp.metadata : null;
  const entityId =
    typeof idp === "object" && idp !== null && "entityID" in idp ? idp.entityID : null;
  return {
    protocol,
    preset: "saml",
    displayName: settings?.label ?? "",
    domains,
    issuer: record.issuer,
    discoveryUrl: null,
    clientId: null,
    clientSecretSaved: false,
    hasIdpMetadata: typeof metadata === "string",
    idpMetadataXml: typeof metadata === "string" ? metadata : null,
    idpEntityId: typeof entityId === "string" ? entityId : null,
    entryPoint: text(config, "entryPoint"),
    certificate: text(config, "cert"),
  };
}
