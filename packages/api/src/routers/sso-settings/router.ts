import {
  deleteDistrictSsoProvider,
  findDistrictSsoProvider,
  listOtherDistrictsDomains,
  loadDistrictSlug,
  loadPasswordSignIn,
  saveDistrictSsoProvider,
  savePasswordSignIn,
} from "@throughline/db/queries/accounts/sso-providers";
import { domainsOverlap } from "@throughline/domain/rules/sso-sign-in";
import {
  passwordSignInInputSchema,
  type SaveOidcProviderInput,
  type SaveSsoProviderInput,
  type SsoSettingsView,
  type SsoTestResult,
  saveSsoProviderInputSchema,
} from "@throughline/domain/sso";
import { TRPCError } from "@trpc/server";
import { auditedDistrictSetting } from "../../audited.ts";
import type { RequestContext } from "../../context.ts";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";
import { districtAdminNetworkProcedure } from "../../sso/admin-scope.ts";
import { formatDomainList, parseDomainList } from "../../sso/domains.ts";
import { checkOidcProvider } from "../../sso/oidc-check.ts";
import { type DiscoveredEndpoints, discoverOidcProvider } from "../../sso/oidc-discovery.ts";
import { buildSamlConfig, checkSamlProvider } from "../../sso/saml-config.ts";
import { isSealedSecret } from "../../sso/secret-box.ts";
import { ssoProviderView } from "../../sso/settings-view.ts";
import { ssoChange } from "../../sso/sso-audit.ts";
import type { SsoServices } from "../../sso/sso-auth.ts";
import {
  readStoredConfig,
  type StoredOidcConfig,
  type StoredSamlConfig,
  type ThroughlineProviderSettings,
} from "../../sso/stored-config.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";

/*
 * A district's single sign-on: its identity provider, the email domains it serves, and whether
 * passwords still work. District admins only. The client secret goes in sealed and never comes
 * back out: the page learns only that one is saved.
 */

async function settingsView(scope: TenantScope, services: SsoServices): Promise<SsoSettingsView> {
  const [record, passwordSignIn, slug] = await Promise.all([
    findDistrictSsoProvider(scope.tx, scope.districtId),
    loadPasswordSignIn(scope.tx, scope.districtId),
    loadDistrictSlug(scope.tx, scope.districtId),
  ]);
  return {
    provider: record ? ssoProviderView(record, services) : null,
    passwordSignIn,
    serviceProvider: services.serviceProvider(record?.providerId ?? slug),
  };
}

/** A domain may belong to one district only (subdomains count as the same claim). */
async function refuseClaimedDomains(scope: TenantScope, domains: readonly string[]) {
  const others = await listOtherDistrictsDomains(scope.tx, scope.districtId);
  const claimed = others.flatMap((other) => parseDomainList(other.domain));
  domains.forEach((domain, index) => {
    if (claimed.some((taken) => domainsOverlap(taken, domain))) {
      throw fieldProblem(
        ["domains", index],
        `${domain} is already signed in by another district's identity provider.`,
      );
    }
  });
}

async function discoverOrRefuse(input: SaveOidcProviderInput, services: SsoServices) {
  const discovery = await discoverOidcProvider({
    issuer: input.issuer,
    discoveryUrl: input.discoveryUrl,
    policy: services.policy,
  });
  if (!discovery.ok) {
    const field = input.discoveryUrl && discovery.step !== "issuer" ? "discoveryUrl" : "issuer";
    throw fieldProblem([field], discovery.message);
  }
  return discovery.endpoints;
}

function oidcConfig(
  input: SaveOidcProviderInput,
  endpoints: DiscoveredEndpoints,
  clientSecret: StoredOidcConfig["clientSecret"],
  settings: ThroughlineProviderSettings,
): StoredOidcConfig {
  return {
    issuer: input.issuer,
    clientId: input.clientId,
    clientSecret,
    ...endpoints,
    pkce: true,
    // Not offline_access: sign-in needs no refresh token, and some providers refuse the scope.
    scopes: ["openid", "email", "profile"],
    throughline: settings,
  };
}

async function saveProvider(
  ctx: RequestContext & {
    asDistrictAdmin: <T>(fn: (scope: TenantScope) => Promise<T>) => Promise<T>;
  },
  input: SaveSsoProviderInput,
): Promise<SsoSettingsView> {
  const services = ctx.auth.sso;
  const settings = { preset: input.preset, label: input.displayName };
  // The provider is asked before the transaction opens: it may take seconds to answer.
  const endpoints = input.protocol === "oidc" ? await discoverOrRefuse(input, services) : null;

  return ctx.asDistrictAdmin(async (scope) => {
    await refuseClaimedDomains(scope, input.domains);
    const recordChange = await ssoChange(scope);
    const existing = await findDistrictSsoProvider(scope.tx, scope.districtId);
    const providerId = existing?.providerId ?? (await loadDistrictSlug(scope.tx, scope.districtId));
    const base = {
      providerId,
      districtId: scope.districtId,
      domain: formatDomainList(input.domains),
    };

    if (input.protocol === "oidc" && endpoints) {
      // A blank field keeps the saved secret, still sealed: it is never opened here.
      const kept = readStoredConfig(existing?.oidcConfig ?? null)?.clientSecret;
      const clientSecret = input.clientSecret
        ? services.sealSecret(input.clientSecret)
        : isSealedSecret(kept)
          ? kept
          : undefined;
      if (!clientSecret) throw fieldProblem(["clientSecret"], "Enter the client secret");
      const config = oidcConfig(input, endpoints, clientSecret, settings);
      await saveDistrictSsoProvider(scope.tx, {
        ...base,
        issuer: input.issuer,
        oidcConfig: JSON.stringify(config),
        samlConfig: null,
      });
    } else if (input.protocol === "saml") {
      const spEntityId = services.serviceProvider(providerId).entityId;
      const built = buildSamlConfig(input, spEntityId, settings);
      if (!built.ok) throw fieldProblem([built.field], built.message);
      await saveDistrictSsoProvider(scope.tx, {
        ...base,
        issuer: spEntityId,
        oidcConfig: null,
        samlConfig: JSON.stringify(built.config),
      });
    }
    await recordChange("sso.saved");
    return settingsView(scope, services);
  });
}

function isSamlConfig(
  value: Record<string, unknown> | null,
): value is Record<string, unknown> & StoredSamlConfig {
  return (
    value !== null && typeof value.entryPoint === "string" && typeof value.idpMetadata === "object"
  );
}

export const ssoSettingsRouter = createRouter({
  get: districtAdminProcedure.query(({ ctx }) => settingsView(ctx, ctx.auth.sso)),

  save: districtAdminNetworkProcedure
    .input(saveSsoProviderInputSchema)
    .mutation(({ ctx, input }) => saveProvider(ctx, input)),

  /** Removing the provider turns passwords back on: otherwise nobody could sign in. */
  remove: districtAdminProcedure.mutation(async ({ ctx }) => {
    const recordChange = await ssoChange(ctx);
    if (!(await deleteDistrictSsoProvider(ctx.tx, ctx.districtId))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "No identity provider is set up." });
    }
    await recordChange("sso.removed");
    await auditedDistrictSetting(ctx, "settings.password_sign_in_changed", () =>
      savePasswordSignIn(ctx.tx, ctx.districtId, true),
    );
    return settingsView(ctx, ctx.auth.sso);
  }),

  setPasswordSignIn: districtAdminProcedure
    .input(passwordSignInInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (!input.allowed && !(await findDistrictSsoProvider(ctx.tx, ctx.districtId))) {
        throw fieldProblem(
          ["allowed"],
          "Set up single sign-on first: without it and without passwords, nobody could sign in.",
        );
      }
      await auditedDistrictSetting(ctx, "settings.password_sign_in_changed", () =>
        savePasswordSignIn(ctx.tx, ctx.districtId, input.allowed),
      );
      return settingsView(ctx, ctx.auth.sso);
    }),

  /** "Test sign-in": asks the saved provider what a sign-in would, and says what fails. */
  test: districtAdminNetworkProcedure.mutation(async ({ ctx }): Promise<SsoTestResult> => {
    const services = ctx.auth.sso;
    const record = await ctx.asDistrictAdmin((scope) =>
      findDistrictSsoProvider(scope.tx, scope.districtId),
    );
    if (!record)
      throw new TRPCError({ code: "NOT_FOUND", message: "No identity provider is set up." });
    const details = services.serviceProvider(record.providerId);
    const oidc = readStoredConfig(record.oidcConfig);
    const saml = readStoredConfig(record.samlConfig);
    let checks: SsoTestResult["checks"];
    if (oidc) {
      const discovery = typeof oidc.discoveryEndpoint === "string" ? oidc.discoveryEndpoint : null;
      checks = await checkOidcProvider({
        issuer: record.issuer,
        discoveryUrl: discovery,
        clientId: typeof oidc.clientId === "string" ? oidc.clientId : "",
        secret: services.secretState(record.oidcConfig),
        redirectUri: details.redirectUri,
        policy: services.policy,
      });
    } else if (isSamlConfig(saml)) {
      checks = await checkSamlProvider(saml, services.policy);
    } else {
      checks = [
        { name: "Configuration", ok: false, message: "The saved configuration cannot be read." },
      ];
    }
    return { ok: checks.every((check) => check.ok), checks };
  }),
});
