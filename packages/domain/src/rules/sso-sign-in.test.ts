import { describe, expect, it } from "vitest";
import {
  decideSsoSignIn,
  domainServes,
  domainsOverlap,
  emailDomainOf,
  type SsoSignInDecision,
  type SsoSignInFacts,
} from "./sso-sign-in.ts";

const maria = { personId: "p-maria", active: true, userId: "u-maria" };
const rostered = { personId: "p-rostered", active: true, userId: null };
const gone = { personId: "p-gone", active: false, userId: "u-gone" };

function facts(overrides: Partial<SsoSignInFacts>): SsoSignInFacts {
  return {
    email: "maria.delgado@maplevalley.test",
    providerDomains: ["maplevalley.test"],
    people: [],
    userWithEmail: null,
    ...overrides,
  };
}

describe("decideSsoSignIn", () => {
  it.each<[string, Partial<SsoSignInFacts>, SsoSignInDecision]>([
    [
      "an active person with a sign-in signs in as that user",
      { people: [maria], userWithEmail: { userId: "u-maria", heldByActivePerson: true } },
      { action: "sign-in", personId: "p-maria", userId: "u-maria" },
    ],
    [
      "a rostered person without a sign-in gets one",
      { people: [rostered] },
      { action: "create-user", personId: "p-rostered" },
    ],
    [
      "a sign-in with the email that nobody holds is given to the person",
      { people: [rostered], userWithEmail: { userId: "u-loose", heldByActivePerson: false } },
      { action: "attach-user", personId: "p-rostered", userId: "u-loose" },
    ],
    [
      "a sign-in held by an active person elsewhere is not taken over",
      { people: [rostered], userWithEmail: { userId: "u-other", heldByActivePerson: true } },
      { action: "refuse", reason: "sso_email_in_use" },
    ],
    [
      "an email nobody in the district has is refused (never creates a person)",
      { people: [] },
      { action: "refuse", reason: "sso_unknown_person" },
    ],
    [
      "a deactivated person is refused",
      { people: [gone] },
      { action: "refuse", reason: "sso_person_deactivated" },
    ],
    [
      "an active record wins over a deactivated one with the same email",
      { people: [gone, maria] },
      { action: "sign-in", personId: "p-maria", userId: "u-maria" },
    ],
    [
      "two active people with one email are refused",
      { people: [maria, rostered] },
      { action: "refuse", reason: "sso_ambiguous_person" },
    ],
    [
      "another district's domain is refused even when a person has the email",
      { email: "coach@cedarridge.test", people: [maria] },
      { action: "refuse", reason: "sso_email_not_served" },
    ],
    [
      "a subdomain of a served domain is served",
      { email: "maria@staff.maplevalley.test", people: [maria] },
      { action: "sign-in", personId: "p-maria", userId: "u-maria" },
    ],
    [
      "a look-alike domain is not served",
      { email: "maria@evilmaplevalley.test", people: [maria] },
      { action: "refuse", reason: "sso_email_not_served" },
    ],
    [
      "letter case does not matter",
      { email: "Maria.Delgado@MapleValley.TEST", people: [maria] },
      { action: "sign-in", personId: "p-maria", userId: "u-maria" },
    ],
    [
      "an address without a domain is refused",
      { email: "maria", people: [maria] },
      { action: "refuse", reason: "sso_email_not_served" },
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(decideSsoSignIn(facts(overrides))).toEqual(expected);
  });
});

describe("domains", () => {
  it.each<[string, string | null]>([
    ["a@b.org", "b.org"],
    ["A@B.ORG", "b.org"],
    ["weird@name@b.org", "b.org"],
    ["nobody", null],
    ["@b.org", null],
    ["a@", null],
  ])("emailDomainOf(%s) is %s", (email, domain) => {
    expect(emailDomainOf(email)).toBe(domain);
  });

  it.each<[string, string, boolean]>([
    ["maplevalley.test", "maplevalley.test", true],
    ["maplevalley.test", "staff.maplevalley.test", true],
    ["staff.maplevalley.test", "maplevalley.test", false],
    ["maplevalley.test", "evilmaplevalley.test", false],
  ])("%s serves %s: %s", (domain, emailDomain, served) => {
    expect(domainServes(domain, emailDomain)).toBe(served);
  });

  it("claims overlap in either direction", () => {
    expect(domainsOverlap("staff.mv.org", "mv.org")).toBe(true);
    expect(domainsOverlap("mv.org", "staff.mv.org")).toBe(true);
    expect(domainsOverlap("mv.org", "cr.org")).toBe(false);
  });
});
