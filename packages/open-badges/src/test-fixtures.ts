import { districtDid } from "./did-web.ts";
import { generateIssuerKey } from "./issuer-keys.ts";
import type { OpenBadgeInput } from "./open-badge.ts";
import type { SigningKey } from "./sign.ts";

const PUBLIC_URL = "http://localhost:4100";
export const DID = districtDid(PUBLIC_URL, "maple-valley");

/** A signing key for tests, named `key-1` under the test district's DID. */
export async function testSigningKey(keyId = "key-1"): Promise<SigningKey> {
  const generated = await generateIssuerKey();
  return { did: DID, keyId, ...generated };
}

export function sampleBadgeInput(overrides: Partial<OpenBadgeInput> = {}): OpenBadgeInput {
  return {
    badgeId: "4f7d1e0a-3c1b-4f7e-9a55-2f1d7c8b9e01",
    issuer: { did: DID, name: "Maple Valley Unified", url: PUBLIC_URL },
    achievement: {
      id: `${PUBLIC_URL}/districts/maple-valley/achievements/0b6e1f9a-1a2b-4c3d-8e9f-001122334455`,
      name: "Higher-Order Questioning",
      competency: "The educator plans and asks questions that move students to analysis.",
      criteriaNarrative:
        "Submit a lesson plan, three annotated student work samples and a reflection.",
      imageUrl: `${PUBLIC_URL}/districts/maple-valley/achievements/0b6e1f9a-1a2b-4c3d-8e9f-001122334455/image.png`,
      alignments: [
        {
          name: "2.3 Questioning",
          url: `${PUBLIC_URL}/districts/maple-valley/achievements/0b6e1f9a-1a2b-4c3d-8e9f-001122334455#indicator-2.3`,
        },
      ],
      pdHours: 10,
    },
    earner: { email: "teacher@maplevalley.test", salt: "c2FsdHNhbHQ" },
    evidence: { name: "Submission, attempt 1", description: "All four requirements met." },
    validFrom: new Date("2026-03-02T15:00:00Z"),
    validUntil: new Date("2028-03-02T15:00:00Z"),
    status: { listUrl: `${PUBLIC_URL}/districts/maple-valley/status/revocation`, index: 4242 },
    ...overrides,
  };
}
