import type { TestApi } from "@throughline/api/testing/test-api";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../testing/test-server.ts";
import {
  type OidcTestIdp,
  saveMapleValleyOidc,
  startOidcTestIdp,
} from "./testing/oidc-test-idp.ts";
import { CookieJar, oidcCallbackFor } from "./testing/sso-browser.ts";

/*
 * A teacher who left and came back as a new person (a roster gives a returning teacher a new
 * record): her sign-in still belongs to the earlier, deactivated account. Single sign-on is
 * refused with a page that says so and what the district admin needs to do, not "this email
 * already has an account".
 */

const BASE = "http://localhost:3000";
const CALLBACK = `${BASE}/api/auth/sso/callback/maple-valley`;
const EMAIL = "rhea.returning@maplevalley.test";

let api: TestApi;
let app: Hono;
let oidc: OidcTestIdp;
let server: TestServer;

async function signInWithOidc(login: string) {
  const jar = new CookieJar();
  const started = await app.request("/api/auth/sign-in/sso", {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({
      email: login,
      callbackURL: "/teacher/",
      errorCallbackURL: "/sso/refused?app=teacher",
    }),
  });
  jar.take(started);
  const { url } = (await started.json()) as { url: string };
  const callback = new URL(await oidcCallbackFor(url, login, CALLBACK));
  return app.request(callback.pathname + callback.search, { headers: { cookie: jar.header() } });
}

beforeAll(async () => {
  oidc = await startOidcTestIdp({ redirectUris: [CALLBACK] });
  server = await createTestServer({ ssoInternalOrigins: [oidc.issuer] });
  ({ api, app } = server);
  await saveMapleValleyOidc(api, oidc);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await oidc?.close();
});

describe("a sign-in held by an earlier, deactivated account", () => {
  it("is refused with a page naming what happened and what the district admin needs to do", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const { schools } = await admin.peopleAdmin.options();
    const { personId } = await admin.peopleAdmin.create({
      displayName: "Rhea Returning",
      email: EMAIL,
      roles: [{ role: "teacher", schoolId: schools[0]?.id ?? null }],
    });
    // Her first sign-in gives the earlier account its sign-in; then she leaves.
    expect((await signInWithOidc(EMAIL)).headers.get("location")).toBe("/teacher/");
    await admin.peopleAdmin.setActive({ personId, active: false });
    // Back the next year as a new record with the same address, as a roster would bring her.
    await rawRows(
      api.db,
      sql`insert into person (district_id, display_name, email, sourced_id)
          select district_id, 'Rhea Returning', ${EMAIL}, 'returning-2027'
          from person where id = ${personId}`,
    );

    const refused = await signInWithOidc(EMAIL);
    const location = new URL(refused.headers.get("location") ?? "", BASE);
    expect(location.pathname).toBe("/sso/refused");
    expect(location.searchParams.get("error")).toBe("sso_sign_in_held");
    const page = await app.request(location.pathname + location.search);
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).not.toContain("already has an account");
    expect(html).toContain("Your address belongs to an earlier, deactivated account");
    expect(html).toContain(
      "Your district's administrator needs to reactivate your earlier account and deactivate the newer one",
    );
  });
});
