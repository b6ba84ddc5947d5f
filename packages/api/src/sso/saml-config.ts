import { X509Certificate } from "node:crypto";
import { deriveSAMLIdentityProviderEntityID } from "@better-auth/sso";
import type { SaveSamlProviderInput, SsoTestCheck } from "@throughline/domain/sso";
import type { FetchPolicy } from "./fetch-policy.ts";
import type { StoredSamlConfig, ThroughlineProviderSettings } from "./stored-config.ts";

/*
 * A district's SAML 2.0 identity provider (ADFS, Shibboleth): its metadata XML, or its entity
 * ID, single sign-on URL and signing certificate. Assertions must be signed.
 */

const certificatePattern = /<(?:\w+:)?X509Certificate>([^<]+)<\/(?:\w+:)?X509Certificate>/g;
const redirectServicePattern =
  /<(?:\w+:)?SingleSignOnService[^>]*Binding="urn:oasis:names:tc:SAML:2\.0:bindings:HTTP-Redirect"[^>]*Location="([^"]+)"/;
const anyServicePattern = /<(?:\w+:)?SingleSignOnService[^>]*Location="([^"]+)"/;

export function certificatesOf(config: StoredSamlConfig): string[] {
  if (config.idpMetadata.metadata) {
    return [...config.idpMetadata.metadata.matchAll(certificatePattern)].flatMap((match) =>
      match[1] ? [match[1].replace(/\s+/g, "")] : [],
    );
  }
  return config.cert ? [config.cert] : [];
}

function singleSignOnUrlOf(metadata: string): string | null {
  return (metadata.match(redirectServicePattern) ?? metadata.match(anyServicePattern))?.[1] ?? null;
}

function parseCertificate(text: string): X509Certificate | null {
  const pem = text.includes("-----BEGIN")
    ? text
    : `-----BEGIN CERTIFICATE-----\n${text.replace(/\s+/g, "")}\n-----END CERTIFICATE-----`;
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

export type SamlConfigOutcome =
  | { ok: true; config: StoredSamlConfig; idpEntityId: string }
  | { ok: false; field: "idpMetadataXml" | "certificate" | "entryPoint"; message: string };

export function buildSamlConfig(
  input: SaveSamlProviderInput,
  spEntityId: string,
  settings: ThroughlineProviderSettings,
): SamlConfigOutcome {
  const entryPoint = input.idpMetadataXml
    ? singleSignOnUrlOf(input.idpMetadataXml)
    : input.entryPoint;
  if (!entryPoint) {
    return input.idpMetadataXml
      ? { ok: false, field: "idpMetadataXml", message: "The metadata names no single sign-on URL." }
      : { ok: false, field: "entryPoint", message: "Enter the single sign-on URL" };
  }
  if (input.certificate && !input.idpMetadataXml && !parseCertificate(input.certificate)) {
    return {
      ok: false,
      field: "certificate",
      message: "This is not a certificate (PEM or base64).",
    };
  }
  const config: StoredSamlConfig = {
    issuer: spEntityId,
    entryPoint,
    ...(input.idpMetadataXml ? {} : { cert: input.certificate ?? "" }),
    idpMetadata: input.idpMetadataXml
      ? { metadata: input.idpMetadataXml }
      : { entityID: input.idpEntityId ?? "" },
    wantAssertionsSigned: true,
    throughline: settings,
  };
  try {
    const idpEntityId = deriveSAMLIdentityProviderEntityID(config);
    if (input.idpMetadataXml && certificatesOf(config).length === 0) {
      return {
        ok: false,
        field: "idpMetadataXml",
        message: "The metadata holds no signing certificate.",
      };
    }
    return { ok: true, config, idpEntityId };
  } catch {
    return {
      ok: false,
      field: input.idpMetadataXml ? "idpMetadataXml" : "entryPoint",
      message: input.idpMetadataXml
        ? "The metadata could not be read as SAML 2.0 IdP metadata."
        : "The identity provider's settings could not be read.",
    };
  }
}

export async function checkSamlProvider(
  config: StoredSamlConfig,
  policy: FetchPolicy,
): Promise<SsoTestCheck[]> {
  const checks: SsoTestCheck[] = [];
  try {
    const entityId = deriveSAMLIdentityProviderEntityID(config);
    checks.push({ name: "Identity provider", ok: true, message: `Entity ID ${entityId}.` });
  } catch {
    checks.push({
      name: "Identity provider",
      ok: false,
      message: "The metadata could not be read.",
    });
    return checks;
  }
  const now = Date.now();
  const certificates = certificatesOf(config).map(parseCertificate);
  const usable = certificates.filter(
    (certificate): certificate is X509Certificate =>
      certificate !== null &&
      Date.parse(certificate.validFrom) <= now &&
      Date.parse(certificate.validTo) > now,
  );
  const soonest = usable.map((certificate) => certificate.validTo).sort()[0];
  checks.push(
    usable.length > 0
      ? { name: "Signing certificate", ok: true, message: `Valid until ${soonest}.` }
      : {
          name: "Signing certificate",
          ok: false,
          message:
            certificates.length === 0
              ? "No signing certificate."
              : "The signing certificate has expired or is not valid yet.",
        },
  );
  const refusal = await policy.refusalFor(config.entryPoint);
  if (refusal) {
    checks.push({
      name: "Single sign-on URL",
      ok: false,
      message: `Throughline may not contact ${config.entryPoint}: ${refusal}`,
    });
    return checks;
  }
  try {
    const response = await fetch(config.entryPoint, {
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    checks.push(
      response.status >= 500
        ? {
            name: "Single sign-on URL",
            ok: false,
            message: `${config.entryPoint} answered HTTP ${response.status}.`,
          }
        : { name: "Single sign-on URL", ok: true, message: `${config.entryPoint} answers.` },
    );
  } catch {
    checks.push({
      name: "Single sign-on URL",
      ok: false,
      message: `${config.entryPoint} did not answer.`,
    });
  }
  return checks;
}
