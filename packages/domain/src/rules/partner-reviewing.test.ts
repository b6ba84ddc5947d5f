import { describe, expect, it } from "vitest";
import {
  mayOfferCertification,
  mayPropose,
  partnerGrantInForce,
  partnershipState,
  suggestedCredentialId,
} from "./partner-reviewing.ts";

const now = new Date("2026-12-07T12:00:00Z");
const later = new Date("2027-06-30T00:00:00Z");
const earlier = new Date("2026-11-01T00:00:00Z");

const inForce = {
  grant: { expiresAt: later, revokedAt: null },
  offer: { withdrawnAt: null },
  partnership: { acceptedAt: earlier, endedAt: null },
};

describe("partnership state", () => {
  it.each([
    [{ acceptedAt: null, endedAt: null }, "proposed"],
    [{ acceptedAt: earlier, endedAt: null }, "active"],
    [{ acceptedAt: earlier, endedAt: now }, "ended"],
    [{ acceptedAt: null, endedAt: now }, "ended"],
  ] as const)("%o is %s", (partnership, state) => {
    expect(partnershipState(partnership)).toBe(state);
  });
});

describe("a partner's reviewer counts as certified", () => {
  it("while everything holds", () => {
    expect(partnerGrantInForce(inForce, now)).toBe(true);
  });

  it.each([
    ["the certification expired", { ...inForce, grant: { expiresAt: earlier, revokedAt: null } }],
    ["it expires this instant", { ...inForce, grant: { expiresAt: now, revokedAt: null } }],
    ["the grant was revoked", { ...inForce, grant: { expiresAt: later, revokedAt: earlier } }],
    ["the offer was withdrawn", { ...inForce, offer: { withdrawnAt: earlier } }],
    ["the partnership ended", { ...inForce, partnership: { acceptedAt: earlier, endedAt: now } }],
    [
      "the partnership was never accepted",
      { ...inForce, partnership: { acceptedAt: null, endedAt: null } },
    ],
  ])("not when %s", (_reason, facts) => {
    expect(partnerGrantInForce(facts, now)).toBe(false);
  });
});

describe("offering and proposing", () => {
  it("offers only a current certification", () => {
    expect(mayOfferCertification({ expiresAt: later }, now)).toBe(true);
    expect(mayOfferCertification({ expiresAt: earlier }, now)).toBe(false);
  });

  it("never partners a district with itself", () => {
    expect(mayPropose({ ownDistrictId: "a", partnerDistrictId: "a" })).toBe(false);
    expect(mayPropose({ ownDistrictId: "a", partnerDistrictId: "b" })).toBe(true);
  });
});

describe("the suggested credential", () => {
  const credentials = [
    { id: "1", name: "Questioning for thinking" },
    { id: "2", name: "Checks  for Understanding" },
  ];
  it("is the one with the same title, case and spacing aside", () => {
    expect(suggestedCredentialId("checks for understanding ", credentials)).toBe("2");
  });
  it("is none when no title matches", () => {
    expect(suggestedCredentialId("Feedback that moves learning", credentials)).toBeNull();
  });
});
