import { sql } from "drizzle-orm";
import type { Database, Transaction } from "./client.ts";

export type { Transaction } from "./client.ts";

/** The non-owner role every tenant query runs as; created by the tenant_security migration. */
export const APP_ROLE = "throughline_app";

/**
 * Runs `fn` in a transaction as the application role with the district set, so forced
 * row-level security limits every query to that district's rows. Both settings are
 * transaction-local (like PostgREST's role switch) and are set in one round trip; they end with
 * the transaction, so a pooled connection never carries a district into the next request.
 */
export function withTenant<T>(
  db: Database,
  districtId: string,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config('app.district_id', ${districtId}, true)`,
    );
    return fn(tx);
  });
}
