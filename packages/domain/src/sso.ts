import { z } from "zod";
import { fieldIssue } from "./field-issue.ts";
import { emailSchema } from "./person.ts";
import { textRule } from "./text.ts";

/**
 * A district's single sign-on: one identity provider (OpenID Connect or SAML 2.0) for the email
 * domains it serves, and whether people may still sign in with a password.
 */

export const ssoPresetKeys = [
  "google",
  "microsoft",
  "clever",
  "classlink",
  "oidc",
  "saml",
] as const;
export type SsoPresetKey = (typeof ssoPresetKeys)[number];

interface SsoPreset {
  key: SsoPresetKey;
  protocol: "oidc" | "saml";
  /** What the sign-in button says after "Continue with". */
  label: string;
  /** The fixed issuer, when the preset has one. */
  issuer: string | null;
}

/** The identity providers districts use most, and the two ways to name any other. */
export const ssoPresets: Record<SsoPresetKey, SsoPreset> = {
  google: {
    key: "google",
    protocol: "oidc",
    label: "Google",
    issuer: "https://accounts.google.com",
  },
  microsoft: { key: "microsoft", protocol: "oidc", label: "Microsoft", issuer: null },
  clever: { key: "clever", protocol: "oidc", label: "Clever", issuer: "https://clever.com" },
  classlink: {
    key: "classlink",
    protocol: "oidc",
    label: "ClassLink",
    issuer: "https://launchpad.classlink.com",
  },
  oidc: { key: "oidc", protocol: "oidc", label: "another OpenID Connect provider", issuer: null },
  saml: {
    key: "saml",
    protocol: "saml",
    label: "a SAML 2.0 provider (ADFS, Shibboleth)",
    issuer: null,
  },
};

/** Microsoft Entra ID's issuer for one directory (tenant). */
export function microsoftIssuer(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0`;
}

const microsoftIssuerPattern = /^https:\/\/login\.microsoftonline\.com\/[0-9a-zA-Z.-]+\/v2\.0$/;

const hostnameLabel = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const emailDomainPattern = new RegExp(`^(?:${hostnameLabel}\\.)+[a-z]{2,63}$`);

/** One email domain a provider serves, e.g. "maplevalley.org" (subdomains included). */
const emailDomainSchema = z
  .string({ error: "Enter an email domain" })
  .check(textRule({ label: "The email domain", singleLine: true }))
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .min(1, "Enter an email domain")
      .max(253, "An email domain is at most 253 characters")
      .regex(emailDomainPattern, "Enter a domain like maplevalley.org, without https:// or @"),
  );

const emailDomainsSchema = z
  .array(emailDomainSchema, { error: "Enter the email domains this provider signs in" })
  .min(1, "Enter at least one email domain")
  .max(20, "A provider can serve at most 20 email domains")
  .refine((domains) => new Set(domains).size === domains.length, "Each domain only once");

const displayNameSchema = z
  .string({ error: "Enter the name people see on the sign-in button" })
  .check(textRule({ label: "The button name", singleLine: true }))
  .trim()
  .min(1, "Enter the name people see on the sign-in button")
  .max(60, "The button name must be 60 characters or fewer");

const httpsUrlSchema = (missing: string) =>
  z
    .string({ error: missing })
    .check(textRule({ label: "The address", singleLine: true }))
    .trim()
    .min(1, missing)
    .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://" }));

/** Blank means "keep the saved secret": the saved one is never sent to the browser. */
const replacementSecretSchema = z
  .string()
  .check(textRule({ label: "The client secret", singleLine: true }))
  .max(2000, "The client secret is at most 2,000 characters")
  .transform((value) => value.trim())
  .transform((value) => (value === "" ? null : value))
  .nullable();

const saveOidcProviderInputSchema = z
  .object({
    protocol: z.literal("oidc"),
    preset: z.enum(["google", "microsoft", "clever", "classlink", "oidc"]),
    displayName: displayNameSchema,
    issuer: httpsUrlSchema("Enter the issuer URL"),
    /** Only for providers whose discovery document is not at <issuer>/.well-known/openid-configuration. */
    discoveryUrl: httpsUrlSchema("Enter the discovery URL").nullable(),
    clientId: z
      .string({ error: "Enter the client ID" })
      .check(textRule({ label: "The client ID", singleLine: true }))
      .trim()
      .min(1, "Enter the client ID")
      .max(500, "The client ID is at most 500 characters"),
    clientSecret: replacementSecretSchema,
    domains: emailDomainsSchema,
  })
  .superRefine((input, ctx) => {
    const fixed = ssoPresets[input.preset].issuer;
    if (fixed && input.issuer !== fixed) {
      fieldIssue(ctx, ["issuer"], `${ssoPresets[input.preset].label}'s issuer is ${fixed}`);
    }
    if (input.preset === "microsoft" && !microsoftIssuerPattern.test(input.issuer)) {
      fieldIssue(ctx, ["issuer"], "Enter your directory (tenant) ID from the Entra admin centre");
    }
  });
export type SaveOidcProviderInput = z.infer<typeof saveOidcProviderInputSchema>;

const saveSamlProviderInputSchema = z
  .object({
    protocol: z.literal("saml"),
    preset: z.literal("saml"),
    displayName: displayNameSchema,
    /** The IdP's metadata XML; or, without it, the three fields below. */
    idpMetadataXml: z
      .string()
      .check(textRule({ label: "The metadata" }))
      .trim()
      .max(100_000, "The metadata is at most 100 KB")
      .transform((value) => (value === "" ? null : value))
      .nullable(),
    idpEntityId: z
      .string()
      .check(textRule({ label: "The entity ID", singleLine: true }))
      .trim()
      .max(500)
      .nullable(),
    entryPoint: httpsUrlSchema("Enter the single sign-on URL").nullable(),
    certificate: z
      .string()
      .check(textRule({ label: "The certificate" }))
      .trim()
      .max(20_000, "The certificate is at most 20,000 characters")
      .nullable(),
    domains: emailDomainsSchema,
  })
  .superRefine((input, ctx) => {
    if (input.idpMetadataXml) {
      if (!input.idpMetadataXml.startsWith("<")) {
        fieldIssue(ctx, ["idpMetadataXml"], "Paste the metadata XML (it starts with <)");
      }
      return;
    }
    const missing: [keyof typeof input, string][] = [
      ["idpEntityId", "Enter the identity provider's entity ID, or paste its metadata XML"],
      ["entryPoint", "Enter the single sign-on URL, or paste the metadata XML"],
      ["certificate", "Paste the signing certificate, or the metadata XML"],
    ];
    for (const [field, message] of missing) {
      if (!input[field]) fieldIssue(ctx, [field], message);
    }
  });
export type SaveSamlProviderInput = z.infer<typeof saveSamlProviderInputSchema>;

export const saveSsoProviderInputSchema = z.discriminatedUnion("protocol", [
  saveOidcProviderInputSchema,
  saveSamlProviderInputSchema,
]);
export type SaveSsoProviderInput = z.infer<typeof saveSsoProviderInputSchema>;

export const passwordSignInInputSchema = z.object({
  allowed: z.boolean({ error: "Choose whether people may sign in with a password" }),
});

export const signInMethodInputSchema = z.object({ email: emailSchema });

/** How the sign-in page continues for an address. */
export type SignInMethod =
  | { method: "password" }
  | { method: "sso"; providerName: string; passwordAllowed: boolean };

/** The provider as the settings page shows it: never the client secret itself. */
export interface SsoProviderView {
  protocol: "oidc" | "saml";
  preset: SsoPresetKey;
  displayName: string;
  domains: string[];
  issuer: string;
  discoveryUrl: string | null;
  clientId: string | null;
  /** A secret is saved (shown as such, with a field to replace it). */
  clientSecretSaved: boolean;
  hasIdpMetadata: boolean;
  /** The IdP metadata as pasted (public: it holds the IdP's certificate, not a secret). */
  idpMetadataXml: string | null;
  idpEntityId: string | null;
  entryPoint: string | null;
  certificate: string | null;
}

/** What to enter at the identity provider. */
export interface ServiceProviderDetails {
  /** OIDC: the redirect URI (callback) to register with the provider. */
  redirectUri: string;
  /** SAML: the Assertion Consumer Service URL. */
  acsUrl: string;
  /** SAML: this service's entity ID (the audience of assertions). */
  entityId: string;
  /** SAML: this service's metadata, for IdPs that read it. */
  metadataUrl: string;
}

export interface SsoSettingsView {
  provider: SsoProviderView | null;
  passwordSignIn: boolean;
  serviceProvider: ServiceProviderDetails;
}

export interface SsoTestCheck {
  name: string;
  ok: boolean;
  message: string;
}

export interface SsoTestResult {
  ok: boolean;
  checks: SsoTestCheck[];
}
