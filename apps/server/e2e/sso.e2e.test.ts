import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OidcTestIdp, startOidcTestIdp } from "../src/testing/oidc-test-idp.ts";
import { type SamlTestIdp, startSamlTestIdp } from "../src/testing/saml-test-idp.ts";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";
import { queryAsPage } from "./trpc-over-http.ts";

/*
 * Issue 15: a district signs its staff in with its identity provider. Real providers run on
 * 127.0.0.1 (oidc-provider for OpenID Connect, samlify for SAML 2.0); the district admin sets
 * them up on the Sign-in page, a teacher signs in and lands on her home, and every refusal
 * ends on a page that says why.
 */

let oidc: OidcTestIdp;
let saml: SamlTestIdp;
let admin: Page;

const TEACHER = "teacher@maplevalley.test";

/** With SCREENSHOT_DIR set, a page is kept at desktop and phone width for a person to look at. */
function screenshots(page: Page, name: string): Promise<void> {
  const viewport = { width: 1280, height: 900 };
  return screenshotAtBothWidths(page, name, { folder: process.env.SCREENSHOT_DIR, viewport });
}

async function freshPage(): Promise<Page> {
  return (await run.newContext()).newPage();
}

/** From the teacher app's sign-in page to the district's identity provider. */
async function startSso(page: Page, email: string): Promise<void> {
  await page.goto("/teacher/");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.getByRole("button", { name: "Continue with Maple Valley" }).click();
}

/** oidc-provider's own sign-in form: it vouches for whatever login is typed. */
async function signInAtOidcProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
}

async function expectRefusal(page: Page, heading: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await page.getByText("No account was created or changed.").waitFor();
  expect(new URL(page.url()).pathname).toBe("/sso/refused");
  await expectAccessible(page);
}

// The identity providers start first: the server is told their addresses when it starts.
beforeAll(async () => {
  oidc = await startOidcTestIdp({
    // Read on the provider's first request, once the server is up.
    redirectUris: () => [`${run.server.url}/api/auth/sso/callback/maple-valley`],
  });
  saml = await startSamlTestIdp({
    spMetadata: async () =>
      (
        await fetch(`${run.server.url}/api/auth/sso/saml2/sp/metadata?providerId=maple-valley`)
      ).text(),
  });
});
// Registered before the fixture, so it runs after the server has stopped.
afterAll(async () => {
  await oidc?.close();
  await saml?.close();
});

const run = serverAndBrowserPerFile(() => ({
  env: { SSO_INTERNAL_ORIGINS: `${oidc.issuer},${saml.origin}` },
}));

beforeAll(async () => {
  admin = (await run.signedIn("admin", "admin@maplevalley.test")).page;
}, 120_000);

describe("single sign-on", () => {
  it("a district admin connects an OpenID Connect provider; the secret never comes back", async () => {
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Sign-in" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "Sign-in" }).waitFor();
    await admin.getByText(`${run.server.url}/api/auth/sso/callback/maple-valley`).waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("Provider").selectOption("oidc");
    await admin.getByLabel("Name on the sign-in button").fill("Maple Valley");
    await admin.getByLabel("Issuer URL").fill(oidc.issuer);
    await admin.getByLabel("Client ID").fill(oidc.clientId);
    await admin.getByLabel("Client secret").fill(oidc.clientSecret);
    await admin.getByLabel("Email domains").fill("maplevalley.test");
    await admin.getByRole("button", { name: "Save identity provider" }).click();
    await admin.getByText("Identity provider saved").waitFor();
    await admin.getByText("A secret is saved (it is never shown).").waitFor();
    expect(await admin.content()).not.toContain(oidc.clientSecret);

    await admin.getByRole("button", { name: "Test sign-in" }).click();
    await admin.getByText("Every check passed").waitFor();
    await admin.getByText("Client ID and redirect URI: passed.").waitFor();
    await expectAccessible(admin);
    await screenshots(admin, "sign-in-settings");
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it("a teacher continues with her district's provider and lands on her home", async () => {
    const page = await freshPage();
    await page.goto("/teacher/");
    await page.getByLabel("Email").waitFor();
    await expectAccessible(page);
    await screenshots(page, "sign-in-email");
    await page.getByLabel("Email").fill(TEACHER);
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("button", { name: "Continue with Maple Valley" }).waitFor();
    await page.getByRole("button", { name: "Sign in with a password instead" }).waitFor();
    await expectAccessible(page);
    await screenshots(page, "sign-in-sso");
    await page.getByRole("button", { name: "Sign in with a password instead" }).click();
    await page.getByRole("link", { name: "Forgot your password?" }).waitFor();
    await screenshots(page, "sign-in-password");
    await page.getByRole("button", { name: "Continue with Maple Valley instead" }).click();

    await page.getByRole("button", { name: "Continue with Maple Valley" }).click();
    await signInAtOidcProvider(page, TEACHER);
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/teacher/");
    const me = await queryAsPage<{ person: { email: string } }>(page, run.server.url, "viewer.me");
    expect(me.person.email).toBe(TEACHER);
  });

  it("refuses an email nobody in the district has, and an address of another district", async () => {
    const unknown = await freshPage();
    await startSso(unknown, "nobody@maplevalley.test");
    await signInAtOidcProvider(unknown, "nobody@maplevalley.test");
    await expectRefusal(unknown, "This email is not in your district");
    await screenshots(unknown, "sso-refused");
    await unknown.getByRole("link", { name: "Back to sign in" }).click();
    await unknown.getByLabel("Email").waitFor();

    const elsewhere = await freshPage();
    await startSso(elsewhere, TEACHER);
    await signInAtOidcProvider(elsewhere, "coach@cedarridge.test");
    await expectRefusal(elsewhere, "This address belongs elsewhere");
  });

  it("refuses a person the district deactivated", async () => {
    const found = await queryAsPage<{ people: { id: string; email: string }[] }>(
      admin,
      run.server.url,
      `peopleAdmin.search?input=${encodeURIComponent(JSON.stringify({ json: { query: "leader@maplevalley.test" } }))}`,
    );
    const personId = found.people[0]?.id;
    const response = await admin.request.post(`${run.server.url}/trpc/peopleAdmin.setActive`, {
      headers: { origin: run.server.url },
      data: { json: { personId, active: false } },
    });
    expect(response.ok()).toBe(true);

    const page = await freshPage();
    await startSso(page, "leader@maplevalley.test");
    await signInAtOidcProvider(page, "leader@maplevalley.test");
    await expectRefusal(page, "Your account is not active");
  });

  it("signs in through a SAML provider, and refuses the same assertion posted again", async () => {
    await admin.getByLabel("Provider").selectOption("saml");
    await admin.getByLabel("Name on the sign-in button").fill("Maple Valley");
    await admin.getByLabel("Identity provider metadata (XML)").fill(saml.metadata);
    await admin.getByRole("button", { name: "Save identity provider" }).click();
    await admin.getByText("Identity provider saved").waitFor();
    await admin.getByRole("term").filter({ hasText: "ACS URL" }).waitFor();
    await expectAccessible(admin);

    const page = await freshPage();
    await startSso(page, TEACHER);
    await page.getByLabel("SAML email").fill(TEACHER);
    await page.getByRole("button", { name: "Sign in at the SAML provider" }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/teacher/");

    const answer = saml.lastAnswer();
    if (!answer) throw new Error("The SAML provider gave no answer.");
    const replay = await freshPage();
    await replay.setContent(
      `<form method="post" action="${answer.acsUrl}"><input type="hidden" name="SAMLResponse" value="${answer.samlResponse}"><input type="hidden" name="RelayState" value="${answer.relayState}"><button>Post again</button></form>`,
    );
    await replay.getByRole("button", { name: "Post again" }).click();
    await expectRefusal(replay, "The sign-in could not be completed");
  });

  it("with passwords turned off, the sign-in page offers only the district's provider", async () => {
    // The box follows the server's answer, so it is clicked rather than "unchecked".
    await admin.getByLabel("Allow password sign-in").click();
    await admin.getByText("Passwords turned off").waitFor();
    const page = await freshPage();
    await page.goto("/teacher/");
    await page.getByLabel("Email").fill(TEACHER);
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("button", { name: "Continue with Maple Valley" }).waitFor();
    await expect
      .poll(() => page.getByRole("button", { name: "Sign in with a password instead" }).count())
      .toBe(0);
  });
});
