/*
 * The rules of reviewing for a partner district, with no I/O: when a partnership is in force,
 * whether a partner's reviewer counts as certified, which certifications may be offered, and
 * which of the receiving district's credentials an offer most likely means.
 */

type PartnershipState = "proposed" | "active" | "ended";

/** Proposed until the partner accepts; ended once either party ends it. */
export function partnershipState(partnership: {
  acceptedAt: Date | null;
  endedAt: Date | null;
}): PartnershipState {
  if (partnership.endedAt) return "ended";
  return partnership.acceptedAt ? "active" : "proposed";
}

interface GrantFacts {
  grant: { expiresAt: Date; revokedAt: Date | null };
  offer: { withdrawnAt: Date | null };
  partnership: { acceptedAt: Date | null; endedAt: Date | null };
}

/**
 * A partner's reviewer counts as certified here only while all of it holds: the certification
 * has not expired, the receiving district has not revoked the grant, the offering district has
 * not withdrawn the offer and the partnership is in force. (The SQL in
 * `queries/partnerships/partner-standing.ts` asks the same.)
 */
export function partnerGrantInForce(facts: GrantFacts, now: Date): boolean {
  return (
    facts.grant.expiresAt > now &&
    facts.grant.revokedAt === null &&
    facts.offer.withdrawnAt === null &&
    partnershipState(facts.partnership) === "active"
  );
}

/** Only a certification still current may be offered; it is shared until it expires. */
export function mayOfferCertification(certification: { expiresAt: Date }, now: Date): boolean {
  return certification.expiresAt > now;
}

/** A district never partners with itself. */
export function mayPropose(params: { ownDistrictId: string; partnerDistrictId: string }): boolean {
  return params.ownDistrictId !== params.partnerDistrictId;
}

const comparable = (title: string) => title.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Which of the receiving district's credentials an offer most likely means: the one with the
 * same title (case and spacing aside); null when none has it, and the admin chooses.
 */
export function suggestedCredentialId(
  offeredName: string,
  credentials: readonly { id: string; name: string }[],
): string | null {
  const wanted = comparable(offeredName);
  return credentials.find((credential) => comparable(credential.name) === wanted)?.id ?? null;
}
