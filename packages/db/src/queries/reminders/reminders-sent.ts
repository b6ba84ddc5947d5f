import { inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { notification } from "../../schema/index.ts";
import { type NotificationDraft, notify } from "../notifications/notify.ts";
import type { ReminderContext } from "./reminder-context.ts";

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

/** One reminder for one person; its dedupe key says which occasion it is for. */
export interface PersonalReminder {
  recipientId: string;
  notification: Omit<NotificationDraft, "recipientIds"> & { dedupeKey: string };
}

/**
 * Sends each reminder to its one recipient in turn, leaving out those the recipient already
 * has (same dedupe key). Returns how many notifications were written.
 */
export async function sendPersonalReminders(
  tx: Transaction,
  context: ReminderContext,
  reminders: readonly PersonalReminder[],
): Promise<number> {
  const told = await alreadyTold(
    tx,
    reminders.map((reminder) => reminder.notification.dedupeKey),
  );
  let written = 0;
  for (const { recipientId, notification: draft } of reminders) {
    if (told(recipientId, draft.dedupeKey)) continue;
    written += await notify(
      tx,
      context.districtId,
      { ...draft, recipientIds: [recipientId] },
      context.now,
    );
  }
  return written;
}
