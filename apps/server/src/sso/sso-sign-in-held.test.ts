import { TEST_PUBLIC_URL } from "@throughline/api/testing/test-api";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type OidcTestIdp,
  saveMapleValleyOidc,
  startOidcTestIdp,
} from "../testing/oidc-test-idp.ts";
import { MAPLE_VALLEY_SSO_CALLBACK, signInWithOidc } from "../testing/sso-browser.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * A teacher who left and came back as a new person (a roster gives a returning teacher a new
 * record): her sign-in still belongs to the earlier, deactivated account. Single sign-on is
 * refused with a page that says so and what the district admin needs to do, not "this email
 * already has an account".
 */

const EMAIL = "rhea.returning@maplevalley.test";

let oidc: OidcTestIdp;

const { api, app } = testServerPerFile(async () => {
  oidc = await startOidcTestIdp({ redirectUris: [MAPLE_VALLEY_SSO_CALLBACK] });
  return { ssoInternalOrigins: [oidc.issuer] };
});

beforeAll(async () => {
  await saveMapleValleyOidc(api, oidc);
});

afterAll(async () => {
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
    expect((await signInWithOidc(app, EMAIL)).response.headers.get("location")).toBe("/teacher/");
    await admin.peopleAdmin.setActive({ personId, active: false });
    // Back the next year as a new record with the same address, as a roster would bring her.
    await rawRows(
      api.db,
      sql`insert into person (district_id, display_name, email, sourced_id)
          select district_id, 'Rhea Returning', ${EMAIL}, 'returning-2027'
          from person where id = ${personId}`,
    );

    const { response: refused } = await signInWithOidc(app, EMAIL);
    const location = new URL(refused.headers.get("location") ?? "", TEST_PUBLIC_URL);
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
