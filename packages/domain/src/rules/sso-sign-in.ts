/**
 * Who a single sign-on belongs to. An identity provider vouches for an email address; the
 * district decides who that is. A sign-in through a district's provider only ever lands on an
 * existing, active person of that district with that email: it never creates a person, and an
 * address the provider does not serve is refused even if the provider vouches for it.
 */

/** Why a sign-in through a district's identity provider was refused. */
export type SsoRefusal =
  /** The address is not on one of the provider's email domains (e.g. another district's). */
  | "sso_email_not_served"
  /** No person of the district has this email. */
  | "sso_unknown_person"
  /** The person was deactivated by the district. */
  | "sso_person_deactivated"
  /** Several active people of the district share this email: nobody can tell which one. */
  | "sso_ambiguous_person"
  /** The email's sign-in already belongs to an active person elsewhere. */
  | "sso_email_in_use"
  /**
   * The email's sign-in belongs to a deactivated person (an earlier account of the same
   * teacher, in this district or another): it cannot move to the new person on its own.
   */
  | "sso_sign_in_held";

export type SsoSignInDecision =
  /** The person already has a sign-in: sign in as that user. */
  | { action: "sign-in"; personId: string; userId: string }
  /** A sign-in with this email exists and belongs to nobody: give it to the person. */
  | { action: "attach-user"; personId: string; userId: string }
  /** A rostered person without a sign-in: create one for them. */
  | { action: "create-user"; personId: string }
  | { action: "refuse"; reason: SsoRefusal };

export interface SsoSignInFacts {
  /** The address the identity provider vouched for. */
  email: string;
  /** The email domains the district's provider serves. */
  providerDomains: readonly string[];
  /** The district's people with this email (any letter case), active or not. */
  people: readonly { personId: string; active: boolean; userId: string | null }[];
  /**
   * The sign-in (Better Auth user) with this email, if one exists, and whether an active person
   * anywhere already holds it.
   */
  userWithEmail: { userId: string; heldByActivePerson: boolean } | null;
}

/** The part after the @, lowercased; null when there is none. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

/** A domain serves its own addresses and its subdomains' (as the SSO plugin matches them). */
export function domainServes(domain: string, emailDomain: string): boolean {
  const served = domain.trim().toLowerCase();
  const candidate = emailDomain.trim().toLowerCase();
  return candidate === served || candidate.endsWith(`.${served}`);
}

/** Two claims overlap when either serves the other: they cannot belong to two districts. */
export function domainsOverlap(a: string, b: string): boolean {
  return domainServes(a, b) || domainServes(b, a);
}

export function providerServesEmail(domains: readonly string[], email: string): boolean {
  const emailDomain = emailDomainOf(email);
  return emailDomain !== null && domains.some((domain) => domainServes(domain, emailDomain));
}

export function decideSsoSignIn(facts: SsoSignInFacts): SsoSignInDecision {
  if (!providerServesEmail(facts.providerDomains, facts.email)) {
    return { action: "refuse", reason: "sso_email_not_served" };
  }
  if (facts.people.length === 0) return { action: "refuse", reason: "sso_unknown_person" };
  const active = facts.people.filter((person) => person.active);
  if (active.length === 0) return { action: "refuse", reason: "sso_person_deactivated" };
  const [person, ...others] = active;
  if (!person || others.length > 0) return { action: "refuse", reason: "sso_ambiguous_person" };
  if (person.userId) return { action: "sign-in", personId: person.personId, userId: person.userId };
  const existing = facts.userWithEmail;
  if (!existing) return { action: "create-user", personId: person.personId };
  if (existing.heldByActivePerson) return { action: "refuse", reason: "sso_email_in_use" };
  return { action: "attach-user", personId: person.personId, userId: existing.userId };
}
