import { listIssuerKeys } from "@throughline/db/queries/credentials/issuer-key";
import { awardedBadge, issuerKey } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { didDocument } from "@throughline/open-badges/did-web";
import { openBadgeCredentialSchema } from "@throughline/open-badges/open-badge-schema";
import { verifySignature } from "@throughline/open-badges/verify";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { credentialDefinitionInput } from "../testing/credential-definition-input.ts";
import { awardSeededBadge } from "../testing/earned-badge-fixture.ts";
import { testApiPerFile } from "../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../testing/test-district.ts";

// The same public URL and secret as the test API, so its procedures and these awards share keys.
const ISSUER = {
  publicUrl: "http://localhost:3000",
  secret: "test-server-secret-that-is-long-enough-to-derive-keys",
};
const NOW = new Date("2026-03-02T15:00:00Z");

const CREDENTIALS = [
  "Learning-Focused Lesson Design",
  "Higher-Order Questioning",
  "Pre-Teaching for Acceleration",
];

const api = testApiPerFile();
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal", TestPerson>;
let did: string;

// A district with three credentials its admin defined, and a teacher who earns them.
beforeAll(async () => {
  district = await testDistrict(api, { name: "Maple Valley Unified" });
  did = `did:web:localhost%3A3000:districts:${district.slug}`;
  const school = await district.school();
  people = {
    teacher: await district.person({ role: "teacher", school }),
    coach: await district.person({ role: "coach" }),
    principal: await district.person({ role: "principal", school }),
  };
  const admin = await district.callerFor(district.admin);
  for (const name of CREDENTIALS) {
    await admin.credentialAdmin.create(credentialDefinitionInput({ name }));
  }
});

async function award(credentialName = "Learning-Focused Lesson Design") {
  return awardSeededBadge(api.db, {
    districtSlug: district.slug,
    email: people.teacher.email,
    credentialName,
    now: NOW,
    issuer: ISSUER,
  });
}

async function stored(districtId: string, badgeId: string) {
  return withTenant(api.db, districtId, async (tx) => {
    const [badge] = await tx.select().from(awardedBadge).where(eq(awardedBadge.id, badgeId));
    const keys = await listIssuerKeys(tx);
    return { badge, keys };
  });
}

async function verifyAgainstPublished(districtId: string, credential: Record<string, unknown>) {
  const { keys } = await stored(districtId, "00000000-0000-4000-8000-000000000000");
  const published = didDocument(did, keys);
  return verifySignature(credential, async (asked) => (asked === did ? published : null));
}

describe("awarding a badge", () => {
  it("signs it as an Open Badges 3.0 credential in the same transaction", async () => {
    const { badgeId, districtId } = await award();
    const { badge, keys } = await stored(districtId, badgeId);
    const signed = badge?.signedCredential;
    if (!signed) throw new Error("The badge was not signed.");
    expect(keys).toHaveLength(1);
    expect(openBadgeCredentialSchema.safeParse(signed).success).toBe(true);
    expect(signed).toMatchObject({
      id: `urn:uuid:${badgeId}`,
      issuer: {
        id: did,
        name: "Maple Valley Unified",
      },
      credentialStatus: { statusListIndex: String(badge.statusIndex) },
    });
    expect(JSON.stringify(signed)).not.toContain(people.teacher.email);
    expect(await verifyAgainstPublished(districtId, signed)).toEqual({ ok: true });
  });

  it("keeps the encrypted secret key unreadable in the database", async () => {
    const { districtId } = await award("Higher-Order Questioning");
    const rows = await withTenant(api.db, districtId, (tx) => tx.select().from(issuerKey));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.encryptedSecretKey.startsWith("v1.")).toBe(true);
  });
});

describe("rotating the issuer key", () => {
  it("signs new badges with the new key while earlier badges still verify", async () => {
    const before = await award("Pre-Teaching for Acceleration");
    const admin = await district.callerFor(district.admin);
    const rotated = await admin.credentialIssuer.rotateKey();
    expect(rotated.retiredKeys).toBe(1);
    const after = await award("Pre-Teaching for Acceleration");

    const old = (await stored(before.districtId, before.badgeId)).badge?.signedCredential;
    const fresh = (await stored(after.districtId, after.badgeId)).badge?.signedCredential;
    if (!old || !fresh) throw new Error("The badges were not signed.");
    expect(JSON.stringify(fresh.proof)).toContain(`#${rotated.keyId}`);
    expect(await verifyAgainstPublished(before.districtId, old)).toEqual({ ok: true });
    expect(await verifyAgainstPublished(after.districtId, fresh)).toEqual({ ok: true });

    const keys = await admin.credentialIssuer.keys();
    expect(keys.filter((key) => key.retiredAt === null)).toHaveLength(1);
  });

  it("is for district administrators only", async () => {
    for (const person of [people.coach, people.principal]) {
      const caller = await district.callerFor(person);
      await expect(caller.credentialIssuer.rotateKey()).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
