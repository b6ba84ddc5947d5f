import { sql } from "drizzle-orm";
import type { Database, Transaction } from "./client.ts";
import { tenantBeginOf, tenantSettingsSql } from "./tenant-transaction.ts";

export type { Transaction } from "./client.ts";
export { APP_ROLE } from "./tenant-transaction.ts";

/**
 * Runs `fn` in a transaction as the application role with the district set, so forced
 * row-level security limits every query to that district's rows. Both settings are
 * transaction-local (like PostgREST's role switch) and travel with the transaction's `begin`
 * (`tenant-transaction.ts`); they end with the transaction, so a pooled connection never
 * carries a district into the next request.
 */
export function withTenant<T>(
  db: Database,
  districtId: string,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const begin = tenantBeginOf(db);
  if (begin) return begin(districtId, fn);
  // A database opened some other way: the same settings, in the transaction's first statement.
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(tenantSettingsSql(districtId)));
    return fn(tx);
  });
}
