import { DEMO_PASSWORD, TEST_PUBLIC_URL } from "@throughline/api/testing/test-api";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postForm, postJson, signedInEmail, signInWithPassword } from "../testing/app-requests.ts";
import {
  type OidcTestIdp,
  saveMapleValleyOidc,
  saveMapleValleySso,
  startOidcTestIdp,
} from "../testing/oidc-test-idp.ts";
import { type SamlTestIdp, startSamlTestIdp } from "../testing/saml-test-idp.ts";
import {
  CookieJar,
  MAPLE_VALLEY_SSO_CALLBACK,
  signInWithOidc,
  startSsoSignIn,
} from "../testing/sso-browser.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * Single sign-on through the whole server against real identity providers on 127.0.0.1: who
 * gets in, who is refused with which page, and that a refusal writes no user, account or
 * session row.
 */

const BASE = TEST_PUBLIC_URL;

let oidc: OidcTestIdp;
let saml: SamlTestIdp;

const { api, app } = testServerPerFile(async () => {
  oidc = await startOidcTestIdp({ redirectUris: [MAPLE_VALLEY_SSO_CALLBACK] });
  saml = await startSamlTestIdp({
    spMetadata: async () => {
      const response = await app.request("/api/auth/sso/saml2/sp/metadata?providerId=maple-valley");
      return response.text();
    },
  });
  return { ssoInternalOrigins: [oidc.issuer, saml.origin] };
});

beforeAll(async () => {
  await saveMapleValleyOidc(api, oidc);
});

afterAll(async () => {
  await oidc?.close();
  await saml?.close();
});

async function countRows() {
  const [row] = await rawRows<{ users: number; accounts: number; sessions: number }>(
    api.db,
    sql`select (select count(*)::int from "user") as users,
               (select count(*)::int from account) as accounts,
               (select count(*)::int from session) as sessions`,
  );
  return row;
}

/** Started from a Maple Valley address, so only the provider's answer says who `login` is. */
const signInAs = (login: string) => signInWithOidc(app, login, "teacher@maplevalley.test");

const me = (jar: CookieJar) => signedInEmail(app, jar.header());

describe("OpenID Connect sign-in", () => {
  it("signs a teacher in as her existing user and sends her to her app", async () => {
    const { response, jar } = await signInAs("teacher@maplevalley.test");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/teacher/");
    expect(await me(jar)).toBe("teacher@maplevalley.test");
  });

  it("gives a rostered person without a sign-in one, linked to them", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const { schools } = await admin.peopleAdmin.options();
    await admin.peopleAdmin.create({
      displayName: "Rosa Rostered",
      email: "rosa.rostered@maplevalley.test",
      roles: [{ role: "teacher", schoolId: schools[0]?.id ?? null }],
    });
    const before = await countRows();
    const { response, jar } = await signInAs("rosa.rostered@maplevalley.test");
    expect(response.headers.get("location")).toBe("/teacher/");
    expect(await me(jar)).toBe("rosa.rostered@maplevalley.test");
    expect(await countRows()).toEqual({
      users: (before?.users ?? 0) + 1,
      accounts: (before?.accounts ?? 0) + 1,
      sessions: (before?.sessions ?? 0) + 1,
    });
  });

  it.each([
    ["an email nobody in the district has", "nobody@maplevalley.test", "sso_unknown_person"],
    ["an address on another district's domain", "coach@cedarridge.test", "sso_email_not_served"],
  ])("refuses %s and writes nothing", async (_name, login, code) => {
    const before = await countRows();
    const { response, jar } = await signInAs(login);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "", BASE);
    expect(location.pathname).toBe("/sso/refused");
    expect(location.searchParams.get("error")).toBe(code);
    expect(location.searchParams.get("app")).toBe("teacher");
    expect(await countRows()).toEqual(before);
    expect(await me(jar)).toBeNull();
    const page = await app.request(location.pathname + location.search);
    expect(page.status).toBe(403);
  });

  it("refuses a deactivated person and writes nothing", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const found = await admin.peopleAdmin.search({ query: "rosa.rostered" });
    const personId = found.people[0]?.id ?? "";
    await admin.peopleAdmin.setActive({ personId, active: false });
    const before = await countRows();
    const { response } = await signInAs("rosa.rostered@maplevalley.test");
    expect(response.headers.get("location")).toBe(
      "/sso/refused?app=teacher&error=sso_person_deactivated",
    );
    expect(await countRows()).toEqual(before);
  });

  it("refuses an ID token the provider issued for another application and writes nothing", async () => {
    const before = await countRows();
    oidc.nextIdTokenFor("another-application");
    const { response, jar } = await signInAs("teacher@maplevalley.test");
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "", BASE);
    expect(location.pathname).toBe("/sso/refused");
    expect(location.searchParams.get("error")).toBe("invalid_provider");
    expect(location.searchParams.get("error_description")).toBe("token_not_verified");
    expect(await countRows()).toEqual(before);
    expect(await me(jar)).toBeNull();
    const page = await app.request(location.pathname + location.search);
    expect(page.status).toBe(400);
  });

  it("refuses an authorization answer used a second time", async () => {
    const { callbackPath, jar } = await signInAs("teacher@maplevalley.test");
    const before = await countRows();
    const again = await app.request(callbackPath, { headers: { cookie: jar.header() } });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toMatch(/^\/sso\/refused\?error=/);
    expect(await countRows()).toEqual(before);
  });

  it("will not start from an address no district signs in, nor return to another site", async () => {
    const unknown = await app.request("/api/auth/sign-in/sso", {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({ email: "someone@gmail.com", callbackURL: "/teacher/" }),
    });
    expect(unknown.status).toBe(404);
    const elsewhere = await app.request("/api/auth/sign-in/sso", {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({
        email: "teacher@maplevalley.test",
        callbackURL: "https://evil.example/",
      }),
    });
    expect(elsewhere.status).toBe(400);
  });

  it("keeps the plugin's own provider management closed", async () => {
    const cookie = await api.sessionCookieFor("admin@maplevalley.test");
    const register = await app.request("/api/auth/sso/register", {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, cookie },
      body: JSON.stringify({
        providerId: "rogue",
        issuer: "https://rogue.example",
        domain: "maplevalley.test",
      }),
    });
    expect(register.status).toBe(404);
    const list = await app.request("/api/auth/sso/providers", { headers: { cookie } });
    expect(list.status).toBe(404);
  });
});

describe("password sign-in per district", () => {
  const passwordSignIn = (email: string) => signInWithPassword(app, email, DEMO_PASSWORD);

  async function method(email: string) {
    return (await postJson(app, "/api/auth/sso/sign-in-method", { email })).json();
  }

  it("tells the sign-in page which addresses go to single sign-on", async () => {
    expect(await method("teacher@maplevalley.test")).toEqual({
      method: "sso",
      providerName: "Maple Valley",
      passwordAllowed: true,
    });
    expect(await method("coach@cedarridge.test")).toEqual({ method: "password" });
  });

  it("refuses passwords once the district turns them off, like a wrong password", async () => {
    expect((await passwordSignIn("teacher@maplevalley.test")).status).toBe(200);
    const admin = await api.callerFor("admin@maplevalley.test");
    await admin.ssoSettings.setPasswordSignIn({ allowed: false });
    const refused = await passwordSignIn("teacher@maplevalley.test");
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      code: "PASSWORD_SIGN_IN_OFF",
      message:
        'Your district signs in with Maple Valley. Use "Continue with Maple Valley" instead of a password.',
    });
    expect(await method("teacher@maplevalley.test")).toMatchObject({ passwordAllowed: false });
    // Another district is not affected.
    expect((await passwordSignIn("coach@cedarridge.test")).status).toBe(200);
    await admin.ssoSettings.setPasswordSignIn({ allowed: true });
  });
});

describe("SAML 2.0 sign-in", () => {
  beforeAll(async () => {
    await saveMapleValleySso(api, {
      protocol: "saml",
      preset: "saml",
      displayName: "Maple Valley ADFS",
      idpMetadataXml: saml.metadata,
      idpEntityId: null,
      entryPoint: null,
      certificate: null,
    });
  });

  async function postAnswer(answer: { acsUrl: string; samlResponse: string; relayState: string }) {
    return postForm(
      app,
      new URL(answer.acsUrl).pathname,
      { SAMLResponse: answer.samlResponse, RelayState: answer.relayState },
      { origin: saml.origin },
    );
  }

  async function signInWithSaml(email: string) {
    const jar = new CookieJar();
    const url = await startSsoSignIn(app, "teacher@maplevalley.test", jar);
    expect(url.startsWith(`${saml.origin}/sso?`)).toBe(true);
    expect((await fetch(url)).status).toBe(200);
    const form = new URL(url).searchParams;
    await fetch(`${saml.origin}/sso/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        SAMLRequest: form.get("SAMLRequest") ?? "",
        RelayState: form.get("RelayState") ?? "",
        email,
      }),
    });
    const answer = saml.lastAnswer();
    if (!answer) throw new Error("The SAML provider gave no answer.");
    const response = await postAnswer(answer);
    jar.take(response);
    return { response, jar, answer };
  }

  it("signs a teacher in with a signed assertion, and refuses the same assertion again", async () => {
    const { response, jar, answer } = await signInWithSaml("teacher@maplevalley.test");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/teacher/");
    expect(await me(jar)).toBe("teacher@maplevalley.test");

    const before = await countRows();
    const replay = await postAnswer(answer);
    expect(replay.status).toBe(302);
    expect(new URL(replay.headers.get("location") ?? "", BASE).pathname).toBe("/sso/refused");
    expect(await countRows()).toEqual(before);
  });

  const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

  it.each([
    [
      "an assertion for another service provider",
      { Audience: "https://another-app.example/saml/metadata" },
      "invalid_saml_response",
    ],
    [
      "an assertion issued two hours ago and expired an hour ago",
      {
        IssueInstant: minutesFromNow(-120),
        ConditionsNotBefore: minutesFromNow(-120),
        ConditionsNotOnOrAfter: minutesFromNow(-60),
        SubjectConfirmationDataNotOnOrAfter: minutesFromNow(-60),
      },
      "invalid_saml_response",
    ],
    [
      "an assertion past its Conditions NotOnOrAfter",
      { ConditionsNotBefore: minutesFromNow(-120), ConditionsNotOnOrAfter: minutesFromNow(-60) },
      "saml_error",
    ],
    [
      "an assertion whose bearer confirmation has lapsed",
      { SubjectConfirmationDataNotOnOrAfter: minutesFromNow(-60) },
      "invalid_saml_response",
    ],
  ])(
    "refuses %s, though signed by the district's provider, and writes nothing",
    async (_name, values, code) => {
      const before = await countRows();
      saml.alterNextAnswer(values);
      const { response, jar } = await signInWithSaml("teacher@maplevalley.test");
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location") ?? "", BASE);
      expect(location.pathname).toBe("/sso/refused");
      expect(location.searchParams.get("error")).toBe(code);
      expect(await countRows()).toEqual(before);
      expect(await me(jar)).toBeNull();
      const page = await app.request(location.pathname + location.search);
      expect(page.status).toBe(400);
      expect(await page.text()).toContain("<h1");
    },
  );

  it("still signs in with an assertion near the end of its window, within the clock skew", async () => {
    saml.alterNextAnswer({ SubjectConfirmationDataNotOnOrAfter: minutesFromNow(-2) });
    const { response, jar } = await signInWithSaml("teacher@maplevalley.test");
    expect(response.headers.get("location")).toBe("/teacher/");
    expect(await me(jar)).toBe("teacher@maplevalley.test");
  });

  it("refuses an unknown email and writes nothing", async () => {
    const before = await countRows();
    const { response } = await signInWithSaml("nobody@maplevalley.test");
    const location = new URL(response.headers.get("location") ?? "", BASE);
    expect(location.pathname).toBe("/sso/refused");
    expect(location.searchParams.get("error")).toBe("sso_unknown_person");
    expect(await countRows()).toEqual(before);
  });
});
