import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { notification, notificationPreference, person } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor } from "../../testing.ts";
import { notify } from "./notify.ts";

describe("notify", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase({ seed: true });
  });
  afterAll(() => handle.close());

  const draft = (recipientIds: string[], dedupeKey?: string) => ({
    recipientIds,
    kind: "coach_comment" as const,
    title: "Janelle commented on your plan",
    body: "Nice start.",
    link: { app: "teacher" as const, path: "/action-plan" },
    dedupeKey,
  });

  test("writes one row per active recipient with their email choice and quiet hours", async () => {
    const maria = await membershipFor(handle.db, "teacher@maplevalley.test");
    // A Wednesday at 20:00 in Chicago: quiet, so the email waits for Thursday 07:00.
    const evening = new Date("2026-11-26T02:00:00Z");
    const rows = await withTenant(handle.db, maria.districtId, async (tx) => {
      await notify(tx, maria.districtId, draft([maria.personId, maria.personId]), evening);
      return tx.select().from(notification).where(eq(notification.recipientId, maria.personId));
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.emailMode).toBe("immediate");
    expect(rows[0]?.emailAfter?.toISOString()).toBe("2026-11-26T13:00:00.000Z");
  });

  test("a chosen digest or off has no immediate send time; inactive people are skipped", async () => {
    const maria = await membershipFor(handle.db, "teacher@maplevalley.test");
    const angela = await membershipFor(handle.db, "angela.rossi@maplevalley.test");
    const { count, rows } = await withTenant(handle.db, maria.districtId, async (tx) => {
      await tx.insert(notificationPreference).values({
        districtId: maria.districtId,
        personId: maria.personId,
        kind: "observation_published",
        emailMode: "daily_digest",
      });
      await tx.update(person).set({ active: false }).where(eq(person.id, angela.personId));
      const count = await notify(tx, maria.districtId, {
        ...draft([maria.personId, angela.personId]),
        kind: "observation_published",
      });
      const rows = await tx
        .select()
        .from(notification)
        .where(eq(notification.kind, "observation_published"));
      await tx.update(person).set({ active: true }).where(eq(person.id, angela.personId));
      return { count, rows };
    });
    expect(count).toBe(1);
    expect(rows.map((row) => [row.recipientId, row.emailMode, row.emailAfter])).toEqual([
      [maria.personId, "daily_digest", null],
    ]);
  });

  test("the same dedupe key for the same person is written once", async () => {
    const maria = await membershipFor(handle.db, "teacher@maplevalley.test");
    const counts = await withTenant(handle.db, maria.districtId, async (tx) => [
      await notify(tx, maria.districtId, draft([maria.personId], "reminder:1")),
      await notify(tx, maria.districtId, draft([maria.personId], "reminder:1")),
    ]);
    expect(counts).toEqual([1, 0]);
  });
});
