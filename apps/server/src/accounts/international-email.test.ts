import type { TestApi } from "@throughline/api/testing/test-api";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type OidcTestIdp,
  saveMapleValleyOidc,
  startOidcTestIdp,
} from "../sso/testing/oidc-test-idp.ts";
import { CookieJar, oidcCallbackFor } from "../sso/testing/sso-browser.ts";
import { createTestServer, type TestServer } from "../testing/test-server.ts";

/*
 * People whose address has letters of another script in its local part (RFC 6531), as a
 * school system hands them out, sign in like everyone else: a password set from an
 * invitation, a password reset, the email-first step and single sign-on. A malformed address
 * is still refused with a message that says what to type.
 */

const BASE = "http://localhost:3000";
const CALLBACK = `${BASE}/api/auth/sso/callback/maple-valley`;
const JOSE = "josé.núñez@maplevalley.test";
const GREEK = "δοκιμή@maplevalley.test";
const PASSWORD = "a long enough password";

let api: TestApi;
let app: Hono;
let oidc: OidcTestIdp;
let server: TestServer;
let schoolId: string | null;

beforeAll(async () => {
  oidc = await startOidcTestIdp({ redirectUris: [CALLBACK] });
  server = await createTestServer({ ssoInternalOrigins: [oidc.issuer] });
  ({ api, app } = server);
  const admin = await api.callerFor("admin@maplevalley.test");
  schoolId = (await admin.peopleAdmin.options()).schools[0]?.id ?? null;
  await saveMapleValleyOidc(api, oidc);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await oidc?.close();
});

async function addTeacher(displayName: string, email: string): Promise<string> {
  const admin = await api.callerFor("admin@maplevalley.test");
  const { personId } = await admin.peopleAdmin.create({
    displayName,
    email,
    roles: [{ role: "teacher", schoolId }],
  });
  return personId;
}

function postForm(path: string, fields: Record<string, string>) {
  return app.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

function postJson(path: string, body: unknown) {
  return app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify(body),
  });
}

const signIn = (email: string, password: string) =>
  postJson("/api/auth/sign-in/email", { email, password });

async function emailOfSession(cookie: string): Promise<string | null> {
  const response = await app.request("/trpc/viewer.me", { headers: { cookie } });
  if (response.status !== 200) return null;
  const body = (await response.json()) as {
    result: { data: { json: { person: { email: string } } } };
  };
  return body.result.data.json.person.email;
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

async function resetPathSentTo(address: string): Promise<string> {
  const rows = await rawRows<{ text_body: string }>(
    api.db,
    sql`select text_body from outbox_email
        where to_address = ${address} and subject = 'Reset your Throughline password'
        order by created_at desc`,
  );
  return rows[0]?.text_body.match(/http:\/\/localhost:3000(\/password\/reset\/\S+)/)?.[1] ?? "";
}

describe("password sign-in with an address in another script", () => {
  it("sets a password from an invitation, then signs in however the address is typed", async () => {
    const personId = await addTeacher("José Núñez", JOSE);
    const admin = await api.callerFor("admin@maplevalley.test");
    const { url } = await admin.peopleAdmin.invite({ personId });
    const done = await postForm(new URL(url).pathname, {
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Your password is set");

    // As rostered, in capitals, with the accents typed as combining marks, with spaces.
    for (const typed of [JOSE, "José.Núñez@MapleValley.test", JOSE.normalize("NFD"), ` ${JOSE} `]) {
      const response = await signIn(typed, PASSWORD);
      expect(response.status, typed).toBe(200);
      expect(await emailOfSession(cookieOf(response))).toBe(JOSE);
    }
    expect((await signIn(JOSE, "not the password at all")).status).toBe(401);
  });

  it("asks for a reset link by email and sets a new password with it", async () => {
    const answer = await postForm("/password/forgot", { email: "JOSÉ.NÚÑEZ@maplevalley.test" });
    expect(answer.status).toBe(200);
    const path = await resetPathSentTo(JOSE);
    expect(path).toMatch(/^\/password\/reset\/\w+$/);
    const newPassword = "another long password";
    const reset = await postForm(path, { password: newPassword, confirmPassword: newPassword });
    expect(reset.status).toBe(200);
    expect((await signIn(JOSE, PASSWORD)).status).toBe(401);
    expect((await signIn(JOSE, newPassword)).status).toBe(200);
  });

  it("still refuses a malformed address, saying what to type", async () => {
    const response = await signIn("not-an-email", PASSWORD);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: "INVALID_EMAIL",
      message: "Enter an email address like name@school.org",
    });
    expect((await signIn("josé..núñez@maplevalley.test", PASSWORD)).status).toBe(400);
    const method = await postJson("/api/auth/sso/sign-in-method", { email: "not-an-email" });
    expect(method.status).toBe(400);
  });
});

describe("single sign-on with an address in another script", () => {
  it("finds the district's provider at the email-first step", async () => {
    const response = await postJson("/api/auth/sso/sign-in-method", { email: GREEK });
    expect(await response.json()).toEqual({
      method: "sso",
      providerName: "Maple Valley",
      passwordAllowed: true,
    });
  });

  async function signInThroughProvider(login: string): Promise<string | null> {
    const jar = new CookieJar();
    const start = await postJson("/api/auth/sign-in/sso", {
      email: login,
      callbackURL: "/teacher/",
      errorCallbackURL: "/sso/refused?app=teacher",
    });
    expect(start.status).toBe(200);
    jar.take(start);
    const { url } = (await start.json()) as { url: string };
    const callback = new URL(await oidcCallbackFor(url, login, CALLBACK));
    const response = await app.request(callback.pathname + callback.search, {
      headers: { cookie: jar.header() },
    });
    expect(response.headers.get("location")).toBe("/teacher/");
    jar.take(response);
    return emailOfSession(jar.header());
  }

  it("links a rostered person without a sign-in, whatever form the provider writes", async () => {
    await addTeacher("Δοκιμή Παράδειγμα", GREEK);
    // The provider writes capitals: Δ, not δ.
    expect(await signInThroughProvider("Δοκιμή@maplevalley.test")).toBe(GREEK);
    const [users] = await rawRows<{ count: number }>(
      api.db,
      sql`select count(*)::int as count from "user" where email = ${GREEK}`,
    );
    expect(users?.count).toBe(1);
  });

  it("signs in the person who already set a password, from combining marks", async () => {
    expect(await signInThroughProvider(JOSE.normalize("NFD"))).toBe(JOSE);
  });
});
