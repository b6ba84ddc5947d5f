import type { PendingFeedback } from "@throughline/domain/session-feedback";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, rawRows } from "../../testing.ts";
import { pendingFeedbackItems, referencePendingItems } from "./finished-items.ts";

/*
 * The home's pending list as one prepared statement, held to the per-kind definition it replaced
 * (`referencePendingItems`) for every person of the demo, with windows starting from a year ago
 * to next week. The old statement left the order of items finished at the same instant open;
 * both sides are compared whole in the new statement's order, and the short list is its head.
 */

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
});
afterAll(() => handle.close());

const kindOrder = ["micropd_session", "workshop", "support_meeting"];

/** Newest first, then by kind and id: the new statement's order, ties included. */
function inOrder(items: PendingFeedback[]): PendingFeedback[] {
  return [...items].sort(
    (a, b) =>
      b.finishedAt.getTime() - a.finishedAt.getTime() ||
      kindOrder.indexOf(a.itemKind) - kindOrder.indexOf(b.itemKind) ||
      (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0),
  );
}

describe("pendingFeedbackItems", () => {
  test("lists what the per-kind definition lists, for every demo person and window", async () => {
    const people = await rawRows<{ id: string; district_id: string }>(
      handle.db,
      sql`select id, district_id from person order by email`,
    );
    const day = 24 * 60 * 60 * 1000;
    const windows = [-400, -60, -14, -7, -1, 0, 7].map((days) => new Date(Date.now() + days * day));
    let compared = 0;
    let withShortList = 0;
    for (const person of people) {
      await withTenant(handle.db, person.district_id, async (tx) => {
        for (const since of windows) {
          const whole = { personId: person.id, since, limit: 10_000 };
          const reference = await referencePendingItems(tx, whole);
          const prepared = await pendingFeedbackItems(tx, whole);
          expect(prepared).toEqual(inOrder(reference));
          const short = await pendingFeedbackItems(tx, { ...whole, limit: 5 });
          expect(short).toEqual(prepared.slice(0, 5));
          compared += reference.length;
          if (reference.length > 5) withShortList += 1;
        }
      });
    }
    expect(compared).toBeGreaterThan(100);
    expect(withShortList).toBeGreaterThan(0);
  });
});
