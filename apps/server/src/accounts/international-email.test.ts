import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieOf,
  postForm,
  postJson,
  signedInEmail,
  signInWithPassword,
} from "../testing/app-requests.ts";
import {
  type OidcTestIdp,
  saveMapleValleyOidc,
  startOidcTestIdp,
} from "../testing/oidc-test-idp.ts";
import { MAPLE_VALLEY_SSO_CALLBACK, signInWithOidc } from "../testing/sso-browser.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * People whose address has letters of another script in its local part (RFC 6531), as a
 * school system hands them out, sign in like everyone else: a password set from an
 * invitation, a password reset, the email-first step and single sign-on. A malformed address
 * is still refused with a message that says what to type.
 */

const JOSE = "josé.núñez@maplevalley.test";
const GREEK = "δοκιμή@maplevalley.test";
const PASSWORD = "a long enough password";

let oidc: OidcTestIdp;
let schoolId: string | null;

const { api, app } = testServerPerFile(async () => {
  oidc = await startOidcTestIdp({ redirectUris: [MAPLE_VALLEY_SSO_CALLBACK] });
  return { ssoInternalOrigins: [oidc.issuer] };
});

beforeAll(async () => {
  const admin = await api.callerFor("admin@maplevalley.test");
  schoolId = (await admin.peopleAdmin.options()).schools[0]?.id ?? null;
  await saveMapleValleyOidc(api, oidc);
});

afterAll(async () => {
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
    const done = await postForm(app, new URL(url).pathname, {
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Your password is set");

    // As rostered, in capitals, with the accents typed as combining marks, with spaces.
    for (const typed of [JOSE, "José.Núñez@MapleValley.test", JOSE.normalize("NFD"), ` ${JOSE} `]) {
      const response = await signInWithPassword(app, typed, PASSWORD);
      expect(response.status, typed).toBe(200);
      expect(await signedInEmail(app, cookieOf(response))).toBe(JOSE);
    }
    expect((await signInWithPassword(app, JOSE, "not the password at all")).status).toBe(401);
  });

  it("asks for a reset link by email and sets a new password with it", async () => {
    const answer = await postForm(app, "/password/forgot", {
      email: "JOSÉ.NÚÑEZ@maplevalley.test",
    });
    expect(answer.status).toBe(200);
    const path = await resetPathSentTo(JOSE);
    expect(path).toMatch(/^\/password\/reset\/\w+$/);
    const newPassword = "another long password";
    const reset = await postForm(app, path, {
      password: newPassword,
      confirmPassword: newPassword,
    });
    expect(reset.status).toBe(200);
    expect((await signInWithPassword(app, JOSE, PASSWORD)).status).toBe(401);
    expect((await signInWithPassword(app, JOSE, newPassword)).status).toBe(200);
  });

  it("still refuses a malformed address, saying what to type", async () => {
    const response = await signInWithPassword(app, "not-an-email", PASSWORD);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: "INVALID_EMAIL",
      message: "Enter an email address like name@school.org",
    });
    expect((await signInWithPassword(app, "josé..núñez@maplevalley.test", PASSWORD)).status).toBe(
      400,
    );
    const method = await postJson(app, "/api/auth/sso/sign-in-method", { email: "not-an-email" });
    expect(method.status).toBe(400);
  });
});

describe("single sign-on with an address in another script", () => {
  it("finds the district's provider at the email-first step", async () => {
    const response = await postJson(app, "/api/auth/sso/sign-in-method", { email: GREEK });
    expect(await response.json()).toEqual({
      method: "sso",
      providerName: "Maple Valley",
      passwordAllowed: true,
    });
  });

  async function signInThroughProvider(login: string): Promise<string | null> {
    const { response, jar } = await signInWithOidc(app, login);
    expect(response.headers.get("location")).toBe("/teacher/");
    return signedInEmail(app, jar.header());
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
