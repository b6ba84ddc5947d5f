import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { district, libraryItem, libraryItemVersion } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase } from "../../testing.ts";

/*
 * The shared library is read by every district and written only by its publisher, held by the
 * database itself (its own row security), not only by the API.
 */

let handle: DatabaseHandle;
let maple: string;
let cedar: string;

async function districtId(slug: string): Promise<string> {
  const [found] = await handle.db
    .select({ id: district.id })
    .from(district)
    .where(eq(district.slug, slug));
  if (!found) throw new Error(`No ${slug} district.`);
  return found.id;
}

const item = (publisherDistrictId: string) => ({
  publisherDistrictId,
  sourceId: randomUUID(),
  title: "Shared stage",
  summary: "A stage to share.",
  license: "CC BY 4.0",
  attribution: "Maple Valley Unified",
});

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  maple = await districtId("maple-valley");
  cedar = await districtId("cedar-ridge");
});
afterAll(() => handle.close());

describe("library row security", () => {
  test("a district publishes as itself only; every district reads; only the publisher changes it", async () => {
    await expect(
      withTenant(handle.db, maple, (tx) => tx.insert(libraryItem).values(item(cedar))),
    ).rejects.toThrow();
    const [published] = await withTenant(handle.db, maple, (tx) =>
      tx.insert(libraryItem).values(item(maple)).returning({ id: libraryItem.id }),
    );
    const itemId = published?.id ?? "";
    const seen = await withTenant(handle.db, cedar, (tx) =>
      tx.select({ id: libraryItem.id }).from(libraryItem).where(eq(libraryItem.id, itemId)),
    );
    expect(seen).toHaveLength(1);
    const changed = await withTenant(handle.db, cedar, (tx) =>
      tx
        .update(libraryItem)
        .set({ title: "Taken over" })
        .where(eq(libraryItem.id, itemId))
        .returning({ id: libraryItem.id }),
    );
    expect(changed).toEqual([]);
    const removed = await withTenant(handle.db, cedar, (tx) =>
      tx.delete(libraryItem).where(eq(libraryItem.id, itemId)).returning({ id: libraryItem.id }),
    );
    expect(removed).toEqual([]);
    await expect(
      withTenant(handle.db, cedar, (tx) =>
        tx.insert(libraryItemVersion).values({ itemId, version: 2, package: {} }),
      ),
    ).rejects.toThrow();
    await withTenant(handle.db, maple, (tx) =>
      tx.insert(libraryItemVersion).values({ itemId, version: 1, package: {} }),
    );
  });
});
