import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle, Transaction } from "./client.ts";
import type { Membership } from "./identity.ts";
import { withTenant } from "./tenant.ts";
import { createTestDatabase, membershipFor } from "./testing.ts";

/**
 * The demo-seeded database of one test file: created before its first test, dropped after its
 * last. `as` runs a query as the person behind a login email would: in their district, as the
 * app role.
 */
export function seededDatabasePerFile() {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase({ seed: true });
  });
  afterAll(() => handle?.close());

  const open = () => {
    if (!handle) throw new Error("The test database opens before the first test.");
    return handle.db;
  };
  return {
    get db() {
      return open();
    },
    async as<T>(email: string, fn: (tx: Transaction, who: Membership) => Promise<T>): Promise<T> {
      const who = await membershipFor(open(), email);
      return withTenant(open(), who.districtId, (tx) => fn(tx, who));
    },
  };
}
