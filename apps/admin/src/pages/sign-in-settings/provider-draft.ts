import {
  microsoftIssuer,
  type SaveSsoProviderInput,
  type SsoPresetKey,
  type SsoProviderView,
  ssoPresets,
} from "@throughline/domain/sso";

/** The provider form as typed: every field a string, turned into the API input on save. */
export interface ProviderDraft {
  preset: SsoPresetKey;
  displayName: string;
  issuer: string;
  tenantId: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  domains: string;
  samlSource: "metadata" | "manual";
  idpMetadataXml: string;
  idpEntityId: string;
  entryPoint: string;
  certificate: string;
}

export const presetChoices: { key: SsoPresetKey; label: string }[] = [
  { key: "google", label: "Google Workspace" },
  { key: "microsoft", label: "Microsoft Entra ID (Microsoft 365)" },
  { key: "clever", label: "Clever" },
  { key: "classlink", label: "ClassLink" },
  { key: "oidc", label: "Another OpenID Connect provider" },
  { key: "saml", label: "SAML 2.0 (ADFS, Shibboleth)" },
];

const buttonNames: Partial<Record<SsoPresetKey, string>> = {
  google: "Google",
  microsoft: "Microsoft",
  clever: "Clever",
  classlink: "ClassLink",
};

const tenantPattern = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/;

export function draftOf(provider: SsoProviderView | null): ProviderDraft {
  return {
    preset: provider?.preset ?? "google",
    displayName: provider?.displayName ?? "Google",
    issuer: provider?.issuer ?? "",
    tenantId: provider?.issuer.match(tenantPattern)?.[1] ?? "",
    discoveryUrl: provider?.discoveryUrl ?? "",
    clientId: provider?.clientId ?? "",
    clientSecret: "",
    domains: provider?.domains.join(", ") ?? "",
    samlSource:
      provider && !provider.hasIdpMetadata && provider.protocol === "saml" ? "manual" : "metadata",
    idpMetadataXml: provider?.idpMetadataXml ?? "",
    idpEntityId: provider?.idpEntityId ?? "",
    entryPoint: provider?.entryPoint ?? "",
    certificate: provider?.certificate ?? "",
  };
}

/** Choosing a preset fills in its issuer and button name; the rest stays as typed. */
export function withPreset(draft: ProviderDraft, preset: SsoPresetKey): ProviderDraft {
  const previousDefault = buttonNames[draft.preset] ?? "";
  const keepName = draft.displayName !== "" && draft.displayName !== previousDefault;
  return {
    ...draft,
    preset,
    displayName: keepName ? draft.displayName : (buttonNames[preset] ?? ""),
    issuer: ssoPresets[preset].issuer ?? (ssoPresets[draft.preset].issuer ? "" : draft.issuer),
  };
}

function orNull(value: string): string | null {
  return value.trim() === "" ? null : value.trim();
}

export function inputOf(draft: ProviderDraft): SaveSsoProviderInput {
  const domains = draft.domains.split(/[\s,;]+/).filter(Boolean);
  if (draft.preset === "saml") {
    const useMetadata = draft.samlSource === "metadata";
    return {
      protocol: "saml",
      preset: "saml",
      displayName: draft.displayName,
      idpMetadataXml: useMetadata ? draft.idpMetadataXml : null,
      idpEntityId: useMetadata ? null : orNull(draft.idpEntityId),
      entryPoint: useMetadata ? null : orNull(draft.entryPoint),
      certificate: useMetadata ? null : orNull(draft.certificate),
      domains,
    };
  }
  const issuer =
    draft.preset === "microsoft"
      ? microsoftIssuer(draft.tenantId.trim())
      : (ssoPresets[draft.preset].issuer ?? draft.issuer);
  return {
    protocol: "oidc",
    preset: draft.preset,
    displayName: draft.displayName,
    issuer,
    discoveryUrl: draft.preset === "oidc" ? orNull(draft.discoveryUrl) : null,
    clientId: draft.clientId,
    clientSecret: draft.clientSecret === "" ? null : draft.clientSecret,
    domains,
  };
}
