import type { SsoRefusal } from "@throughline/domain/rules/sso-sign-in";
import { describe, expect, it } from "vitest";
import { ssoRefusedPage } from "./refused-page.ts";

/*
 * The refusal page's words for each reason a single sign-on was refused: what happened and
 * what to do, never a bare "this email already has an account".
 */

/** Every refusal of the district's rule (a new one fails the type check until it is listed). */
const ruleRefusals = Object.keys({
  sso_email_not_served: true,
  sso_unknown_person: true,
  sso_person_deactivated: true,
  sso_ambiguous_person: true,
  sso_email_in_use: true,
  sso_sign_in_held: true,
} satisfies Record<SsoRefusal, true>);

function pageFor(error: string | undefined) {
  const { status, html } = ssoRefusedPage({ error, app: "teacher" });
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
  return { status, html, title };
}

describe("the single sign-on refusal page", () => {
  const unaccepted = pageFor("something_else").title;

  it.each(ruleRefusals)("%s has a page of its own, answered 403", (code) => {
    const page = pageFor(code);
    expect(page.status).toBe(403);
    expect(page.title).not.toBe(unaccepted);
    expect(page.html).toContain(`Reference: ${code}`);
  });

  it("an address whose sign-in another active account holds says so and who sorts it out", () => {
    const page = pageFor("sso_email_in_use");
    expect(page.title).toBe("This address signs in to someone else's account");
    expect(page.html).not.toContain("already has an account");
    expect(page.html).toContain("nothing was linked");
    expect(page.html).toContain("Your district's administrator needs to check the email address");
  });

  it("an address whose sign-in a deactivated earlier account holds says what the admin needs to do", () => {
    const page = pageFor("sso_sign_in_held");
    expect(page.title).toBe("Your address belongs to an earlier, deactivated account");
    expect(page.html).toContain(
      "Your district's administrator needs to reactivate your earlier account and deactivate the newer one",
    );
  });

  it("the plugin's account ownership conflict is explained, not shown as an unaccepted answer", () => {
    const page = pageFor("account_ownership_conflict");
    expect(page.title).not.toBe(unaccepted);
    expect(page.html).toContain("Your district's administrator needs to check");
  });

  it("a code named like an object's own property falls back to the general page", () => {
    expect(pageFor("constructor").title).toBe(unaccepted);
    expect(pageFor("__proto__").title).toBe(unaccepted);
    expect(pageFor(undefined).title).toBe(unaccepted);
  });
});
