import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { auditEvent, district } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, errorMessages, rawRows } from "../../testing.ts";
import { listAuditEvents, recordAudit } from "./audit-log.ts";

/*
 * The audit log is append-only for the application role: it can add and read entries, and
 * its UPDATE and DELETE fail, even after secure_tenant_tables() has run again. An entry written
 * in a transaction that rolls back is gone with it.
 */

let handle: DatabaseHandle;
let districtId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  const [created] = await handle.db
    .insert(district)
    .values({ name: "Audit Test District", slug: "audit-test" })
    .returning({ id: district.id });
  districtId = created?.id ?? "";
  await withTenant(handle.db, districtId, (tx) =>
    recordAudit(tx, {
      districtId,
      actor: { personId: null, label: "Command line" },
      action: "settings.district_changed",
      subjectKind: "district",
      subjectId: districtId,
      before: { name: "Old", passwordHash: "never-kept" },
      after: { name: "Audit Test District" },
    }),
  );
});
afterAll(() => handle.close());

function failureOf(run: () => Promise<unknown>): Promise<string> {
  return run().then(
    () => "succeeded",
    (error: unknown) => errorMessages(error),
  );
}

describe("the audit log as the application role", () => {
  test("reads the entry, without the secret-looking field", async () => {
    const entries = await withTenant(handle.db, districtId, (tx) =>
      listAuditEvents(tx, {
        scope: "all",
        filter: {},
        fromInstant: null,
        toInstant: null,
        limit: 10,
        offset: 0,
      }),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: null,
      actorLabel: "Command line",
      before: { name: "Old" },
    });
    expect(entries[0]?.before).not.toHaveProperty("passwordHash");
  });

  test("cannot update or delete an entry, even after the tables are secured again", async () => {
    await handle.db.execute(sql`select secure_tenant_tables()`);
    const update = await failureOf(() =>
      withTenant(handle.db, districtId, (tx) =>
        tx
          .update(auditEvent)
          .set({ actorLabel: "Someone else" })
          .where(eq(auditEvent.districtId, districtId)),
      ),
    );
    expect(update).toMatch(/permission denied/);
    const remove = await failureOf(() =>
      withTenant(handle.db, districtId, (tx) =>
        tx.delete(auditEvent).where(eq(auditEvent.districtId, districtId)),
      ),
    );
    expect(remove).toMatch(/permission denied/);
    const rows = await rawRows<{ actor_label: string }>(
      handle.db,
      sql`select actor_label from audit_event`,
    );
    expect(rows).toEqual([{ actor_label: "Command line" }]);
  });

  test("an entry written in a transaction that rolls back is not kept", async () => {
    const outcome = await failureOf(() =>
      withTenant(handle.db, districtId, async (tx) => {
        await recordAudit(tx, {
          districtId,
          actor: { personId: null, label: "Command line" },
          action: "settings.reminders_changed",
          subjectKind: "district",
          subjectId: districtId,
        });
        throw new Error("the change failed");
      }),
    );
    expect(outcome).toBe("the change failed");
    const rows = await rawRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_event`,
    );
    expect(rows).toEqual([{ n: 1 }]);
  });
});
