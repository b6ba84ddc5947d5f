import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { district, districtPartnership, partnerReviewerOffer } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, rawRows } from "../../testing.ts";

/*
 * Partnerships and reviewer offers are seen and changed by their two districts only, held by
 * the database itself (their own row security, as the shared library has), not only by the API.
 */

let handle: DatabaseHandle;
let maple: string;
let cedar: string;
let outsider: string;

async function districtId(slug: string): Promise<string> {
  const [found] = await handle.db
    .select({ id: district.id })
    .from(district)
    .where(eq(district.slug, slug));
  if (!found) throw new Error(`No ${slug} district.`);
  return found.id;
}

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  maple = await districtId("maple-valley");
  cedar = await districtId("cedar-ridge");
  const [third] = await handle.db
    .insert(district)
    .values({ name: "Birch Hollow", slug: `birch-${randomUUID().slice(0, 8)}` })
    .returning({ id: district.id });
  outsider = third?.id ?? "";
});
afterAll(() => handle.close());

const offer = (partnershipId: string, offering: string, receiving: string) => ({
  partnershipId,
  offeringDistrictId: offering,
  receivingDistrictId: receiving,
  certificationId: randomUUID(),
  credentialId: randomUUID(),
  credentialName: "Checks for understanding",
  reviewerName: "A reviewer",
  reviewerEmail: "reviewer@example.test",
  certifiedUntil: new Date(Date.now() + 86_400_000),
});

describe("partnership row security", () => {
  test("tables have forced row security and policies, like the library's", async () => {
    const rows = await rawRows<{ relname: string; forced: boolean; policies: number }>(
      handle.db,
      sql`select c.relname, c.relforcerowsecurity as forced,
        (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c where c.relname in ('district_partnership', 'partner_reviewer_offer',
         'library_item') order by c.relname`,
    );
    expect(rows).toEqual([
      { relname: "district_partnership", forced: true, policies: 3 },
      { relname: "library_item", forced: true, policies: 4 },
      { relname: "partner_reviewer_offer", forced: true, policies: 3 },
    ]);
  });

  test("a district proposes as itself only; only the two parties see or change it", async () => {
    await expect(
      withTenant(handle.db, maple, (tx) =>
        tx
          .insert(districtPartnership)
          .values({ proposerDistrictId: cedar, partnerDistrictId: maple }),
      ),
    ).rejects.toThrow();
    const [made] = await withTenant(handle.db, maple, (tx) =>
      tx
        .insert(districtPartnership)
        .values({ proposerDistrictId: maple, partnerDistrictId: cedar })
        .returning({ id: districtPartnership.id }),
    );
    const id = made?.id ?? "";
    const seenBy = (districtOf: string) =>
      withTenant(handle.db, districtOf, (tx) =>
        tx
          .select({ id: districtPartnership.id })
          .from(districtPartnership)
          .where(eq(districtPartnership.id, id)),
      );
    expect(await seenBy(cedar)).toHaveLength(1);
    expect(await seenBy(outsider)).toEqual([]);
    const endedByOutsider = await withTenant(handle.db, outsider, (tx) =>
      tx
        .update(districtPartnership)
        .set({ endedAt: new Date() })
        .where(eq(districtPartnership.id, id))
        .returning({ id: districtPartnership.id }),
    );
    expect(endedByOutsider).toEqual([]);

    // Offers: made by a party as itself, to the other party, seen by the two only.
    await expect(
      withTenant(handle.db, cedar, (tx) =>
        tx.insert(partnerReviewerOffer).values(offer(id, maple, cedar)),
      ),
    ).rejects.toThrow();
    await expect(
      withTenant(handle.db, maple, (tx) =>
        tx.insert(partnerReviewerOffer).values(offer(id, maple, outsider)),
      ),
    ).rejects.toThrow();
    const [offered] = await withTenant(handle.db, maple, (tx) =>
      tx
        .insert(partnerReviewerOffer)
        .values(offer(id, maple, cedar))
        .returning({ id: partnerReviewerOffer.id }),
    );
    const offerSeenBy = (districtOf: string) =>
      withTenant(handle.db, districtOf, (tx) =>
        tx
          .select({ id: partnerReviewerOffer.id })
          .from(partnerReviewerOffer)
          .where(eq(partnerReviewerOffer.id, offered?.id ?? "")),
      );
    expect(await offerSeenBy(cedar)).toHaveLength(1);
    expect(await offerSeenBy(outsider)).toEqual([]);
  });
});
