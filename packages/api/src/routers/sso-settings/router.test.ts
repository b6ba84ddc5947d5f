import { saveDistrictSsoProvider } from "@throughline/db/queries/accounts/sso-providers";
import { rawRows } from "@throughline/db/testing";
import { tierRefusals } from "@throughline/domain/rules/access-scope";
import type { SaveSsoProviderInput } from "@throughline/domain/sso";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WriteRateLimiter } from "../../rate-limit/write-rate-limit.ts";
import { appRouter } from "../../root.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { type DiscoveryServer, startDiscoveryServer } from "../../testing/sso-discovery-server.ts";
import { TEST_SAML_SETTINGS } from "../../testing/sso-test-idp-keys.ts";
import { createTestApi, type TestApi } from "../../testing/test-api.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { createCallerFactory } from "../../trpc.ts";

const createCaller = createCallerFactory(appRouter);

const SECRET = "client-secret-that-must-never-leave-the-server";

let api: TestApi;
let idp: DiscoveryServer;
let district: TestDistrict;
/** The district's email domain, which its provider signs in. */
let domain: string;
let staff: Record<"principal" | "teacher", TestPerson>;

// A district of the test's own, with a principal and a teacher who may not touch its sign-in.
beforeAll(async () => {
  idp = await startDiscoveryServer();
  api = await createTestApi({ ssoInternalOrigins: [idp.origin], seed: false });
  district = await testDistrict(api);
  domain = `${district.slug}.test`;
  const { principal, teacher } = await district.schoolWithStaff();
  staff = { principal, teacher };
});

const asAdmin = () => district.callerFor(district.admin);
const callback = () => `http://localhost:3000/api/auth/sso/callback/${district.slug}`;

afterAll(async () => {
  await api?.close();
  await idp?.close();
});

function oidcInput(overrides: Partial<Extract<SaveSsoProviderInput, { protocol: "oidc" }>> = {}) {
  return {
    protocol: "oidc" as const,
    preset: "oidc" as const,
    displayName: "Test District sign-in",
    issuer: idp.origin,
    discoveryUrl: null,
    clientId: "throughline-test",
    clientSecret: SECRET,
    domains: [domain],
    ...overrides,
  };
}

async function rawOidcConfig(): Promise<string> {
  const rows = await rawRows<{ oidc_config: string | null }>(
    api.db,
    sql`select oidc_config from sso_provider where provider_id = ${district.slug}`,
  );
  return rows[0]?.oidc_config ?? "";
}

describe("single sign-on settings", () => {
  it("shows a district admin no provider, passwords on, and what to give the provider", async () => {
    const admin = await asAdmin();
    const settings = await admin.ssoSettings.get();
    expect(settings.provider).toBeNull();
    expect(settings.passwordSignIn).toBe(true);
    const metadata = `http://localhost:3000/api/auth/sso/saml2/sp/metadata?providerId=${district.slug}`;
    expect(settings.serviceProvider).toEqual({
      redirectUri: callback(),
      acsUrl: `http://localhost:3000/api/auth/sso/saml2/sp/acs/${district.slug}`,
      entityId: metadata,
      metadataUrl: metadata,
    });
  });

  it("is for district admins only", async () => {
    for (const person of [staff.principal, staff.teacher]) {
      const caller = await district.callerFor(person);
      expect(await codeOf(caller.ssoSettings.get())).toBe("FORBIDDEN");
      expect(await codeOf(caller.ssoSettings.save(oidcInput()))).toBe("FORBIDDEN");
      expect(await codeOf(caller.ssoSettings.test())).toBe("FORBIDDEN");
      expect(await codeOf(caller.ssoSettings.setPasswordSignIn({ allowed: false }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(caller.ssoSettings.remove())).toBe("FORBIDDEN");
    }
    expect(await codeOf(api.anonymous().ssoSettings.save(oidcInput()))).toBe("UNAUTHORIZED");
  });

  it("contacts a provider behind the one district-admin gate", async () => {
    const principal = await district.callerFor(staff.principal);
    await expect(principal.ssoSettings.save(oidcInput())).rejects.toThrow(
      tierRefusals.districtAdmin,
    );
    await expect(principal.ssoSettings.test()).rejects.toThrow(tierRefusals.districtAdmin);
  });

  it("holds the changes that contact a provider to the write limit", async () => {
    const headers = new Headers({ cookie: await api.sessionCookieFor(district.admin.email) });
    const writeLimiter = new WriteRateLimiter(1);
    const admin = createCaller({ ...api.requestContext(headers), writeLimiter });
    expect(await codeOf(admin.notifications.markAllRead())).toBe("OK");
    expect(await codeOf(admin.ssoSettings.test())).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(admin.ssoSettings.save(oidcInput()))).toBe("TOO_MANY_REQUESTS");
  });

  it("refuses to turn passwords off before single sign-on is set up", async () => {
    const admin = await asAdmin();
    const refusal = await refusalOf(admin.ssoSettings.setPasswordSignIn({ allowed: false }));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.[0]?.path).toBe("allowed");
  });

  it("names each bad field", async () => {
    const admin = await asAdmin();
    const refusal = await refusalOf(
      admin.ssoSettings.save(
        oidcInput({ clientId: " ", domains: [`https://${domain}`], issuer: "not a url" }),
      ),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((error) => error.path).sort()).toEqual([
      "clientId",
      "domains.0",
      "issuer",
    ]);
    const saml = await refusalOf(
      admin.ssoSettings.save({ ...TEST_SAML_SETTINGS, entryPoint: null, certificate: null }),
    );
    expect(saml.fieldErrors?.map((error) => error.path).sort()).toEqual([
      "certificate",
      "entryPoint",
    ]);
    const preset = await refusalOf(
      admin.ssoSettings.save(oidcInput({ preset: "google", issuer: idp.origin })),
    );
    expect(preset.fieldErrors?.[0]).toMatchObject({
      path: "issuer",
      message: "Google's issuer is https://accounts.google.com",
    });
  });

  it("reports discovery failures on the field: not found, wrong issuer, a private address", async () => {
    const admin = await asAdmin();
    const notFound = await refusalOf(
      admin.ssoSettings.save(oidcInput({ discoveryUrl: `${idp.origin}/nowhere` })),
    );
    expect(notFound.fieldErrors?.[0]?.path).toBe("discoveryUrl");
    expect(notFound.fieldErrors?.[0]?.message).toContain("There is no discovery document");

    idp.nameIssuer("https://someone-else.example");
    const mismatch = await refusalOf(admin.ssoSettings.save(oidcInput()));
    idp.nameIssuer(idp.origin);
    expect(mismatch.fieldErrors?.[0]?.path).toBe("issuer");
    expect(mismatch.fieldErrors?.[0]?.message).toContain(
      'names the issuer "https://someone-else.example"',
    );

    const privateHost = await refusalOf(
      admin.ssoSettings.save(oidcInput({ issuer: "http://127.0.0.1:9" })),
    );
    expect(privateHost.fieldErrors?.[0]?.message).toContain("Throughline may not contact");
  });

  it("saves an OIDC provider with the secret sealed in the row and never sent back", async () => {
    const admin = await asAdmin();
    const saved = await admin.ssoSettings.save(oidcInput());
    expect(saved.provider).toMatchObject({
      protocol: "oidc",
      issuer: idp.origin,
      clientId: "throughline-test",
      clientSecretSaved: true,
      domains: [domain],
    });
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    expect(JSON.stringify(await admin.ssoSettings.get())).not.toContain(SECRET);
    expect(JSON.stringify(await admin.ssoSettings.test())).not.toContain(SECRET);

    const raw = await rawOidcConfig();
    expect(raw).toContain('"sealed":"v1.');
    expect(raw).not.toContain(SECRET);

    // The SSO plugin, reading through Better Auth, gets the secret it sends to the provider.
    const context = await api.auth.$context;
    const forPlugin = await context.adapter.findOne<{ oidcConfig: string }>({
      model: "ssoProvider",
      where: [{ field: "providerId", value: district.slug }],
    });
    expect(JSON.parse(forPlugin?.oidcConfig ?? "{}").clientSecret).toBe(SECRET);
  });

  it("keeps the saved secret when the field is left blank", async () => {
    const admin = await asAdmin();
    const before = await rawOidcConfig();
    const saved = await admin.ssoSettings.save(
      oidcInput({ clientSecret: null, displayName: "Renamed" }),
    );
    expect(saved.provider).toMatchObject({ displayName: "Renamed", clientSecretSaved: true });
    const sealed = (text: string) => JSON.parse(text).clientSecret.sealed;
    expect(sealed(await rawOidcConfig())).toBe(sealed(before));
  });

  it("tests sign-in: a redirect URI the provider does not accept is named, then passes", async () => {
    const admin = await asAdmin();
    idp.acceptRedirectUri("https://elsewhere.example/callback");
    const refused = await admin.ssoSettings.test();
    expect(refused.ok).toBe(false);
    expect(refused.checks.find((check) => !check.ok)).toMatchObject({
      name: "Client ID and redirect URI",
    });
    expect(refused.checks.find((check) => !check.ok)?.message).toContain(
      "the redirect URI is not registered",
    );

    idp.acceptRedirectUri(callback());
    const passed = await admin.ssoSettings.test();
    expect(passed.checks.map((check) => [check.name, check.ok])).toEqual([
      ["Discovery document", true],
      ["Issuer", true],
      ["Email claim", true],
      ["Client ID and redirect URI", true],
      ["Client secret", true],
    ]);
  });

  it("refuses a domain another district's provider already serves", async () => {
    const other = await testDistrict(api);
    await api.db.transaction((tx) =>
      saveDistrictSsoProvider(tx, {
        providerId: other.slug,
        districtId: other.districtId,
        issuer: "https://accounts.google.com",
        domain: "cedarridge.test",
        oidcConfig: null,
        samlConfig: "{}",
      }),
    );
    const admin = await asAdmin();
    const refusal = await refusalOf(
      admin.ssoSettings.save(oidcInput({ domains: [domain, "staff.cedarridge.test"] })),
    );
    expect(refusal.fieldErrors).toEqual([
      {
        path: "domains.1",
        message:
          "staff.cedarridge.test is already signed in by another district's identity provider.",
      },
    ]);
  });

  it("saves a SAML provider by hand, turns passwords off, and back on when it is removed", async () => {
    const admin = await asAdmin();
    const saved = await admin.ssoSettings.save(TEST_SAML_SETTINGS);
    expect(saved.provider).toMatchObject({
      protocol: "saml",
      idpEntityId: TEST_SAML_SETTINGS.idpEntityId,
      entryPoint: TEST_SAML_SETTINGS.entryPoint,
      clientSecretSaved: false,
    });
    expect(await rawOidcConfig()).toBe("");

    const off = await admin.ssoSettings.setPasswordSignIn({ allowed: false });
    expect(off.passwordSignIn).toBe(false);

    const removed = await admin.ssoSettings.remove();
    expect(removed).toMatchObject({ provider: null, passwordSignIn: true });
  });
});
