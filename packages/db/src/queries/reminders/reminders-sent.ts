import { inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { notification } from "../../schema/index.ts";

/**
 * Who already has a notification with one of these keys, as "recipientId|key". The scheduler
 * runs every tick: asking first spares recomputing and re-offering what the dedupe key would
 * refuse anyway (the unique key stays the guarantee, for two schedulers racing).
 */
export async function alreadyTold(
  tx: Transaction,
  dedupeKeys: readonly string[],
): Promise<(recipientId: string, dedupeKey: string) => boolean> {
  const keys = [...new Set(dedupeKeys)];
  const rows =
    keys.length === 0
      ? []
      : await tx
          .select({ recipientId: notification.recipientId, dedupeKey: notification.dedupeKey })
          .from(notification)
          .where(inArray(notification.dedupeKey, keys));
  const told = new Set(rows.map((row) => `${row.recipientId}|${row.dedupeKey}`));
  return (recipientId, dedupeKey) => told.has(`${recipientId}|${dedupeKey}`);
}
