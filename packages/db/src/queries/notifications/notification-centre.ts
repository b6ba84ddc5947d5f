import type { NotificationKind } from "@throughline/domain/enums";
import type { NotificationItem } from "@throughline/domain/notification";
import type { AppName } from "@throughline/domain/rules/app-access";
import { and, count, desc, eq, isNull, lt, type SQL } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { notification } from "../../schema/index.ts";

/*
 * The notification centre reads and marks only the signed-in person's own rows: every query
 * filters by recipient, on top of row security scoping them to the district.
 */

/** One page of a person's notifications, newest first; `before` continues from a page's end. */
export async function listNotifications(
  tx: Transaction,
  params: { personId: string; unreadOnly: boolean; limit: number; before?: Date },
): Promise<{ items: NotificationItem[]; hasMore: boolean }> {
  const rows = await tx
    .select({
      id: notification.id,
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      linkApp: notification.linkApp,
      linkPath: notification.linkPath,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
    })
    .from(notification)
    .where(
      and(
        eq(notification.recipientId, params.personId),
        params.unreadOnly ? isNull(notification.readAt) : undefined,
        params.before ? lt(notification.createdAt, params.before) : undefined,
      ),
    )
    .orderBy(desc(notification.createdAt), desc(notification.id))
    // One more than asked tells whether another page exists without a second count.
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      title: row.title,
      body: row.body,
      // Only `notify` writes these rows, and it takes the app from the `AppName` type.
      link: { app: row.linkApp as AppName, path: row.linkPath },
      createdAt: row.createdAt,
      readAt: row.readAt,
    })),
    hasMore: rows.length > params.limit,
  };
}

export async function countUnreadNotifications(
  tx: Transaction,
  params: { personId: string },
): Promise<number> {
  const [row] = await tx
    .select({ unread: count() })
    .from(notification)
    .where(unreadOf(params.personId));
  return row?.unread ?? 0;
}

/**
 * Marks one of the person's notifications read (keeping the first time it was read). False
 * when it is not theirs or does not exist, which callers report the same way.
 */
export async function markNotificationRead(
  tx: Transaction,
  params: { personId: string; notificationId: string; now?: Date },
): Promise<boolean> {
  const [mine] = await tx
    .select({ readAt: notification.readAt })
    .from(notification)
    .where(
      and(
        eq(notification.id, params.notificationId),
        eq(notification.recipientId, params.personId),
      ),
    )
    .limit(1);
  if (!mine) return false;
  if (mine.readAt) return true;
  await tx
    .update(notification)
    .set({ readAt: params.now ?? new Date() })
    .where(
      and(
        eq(notification.id, params.notificationId),
        eq(notification.recipientId, params.personId),
      ),
    );
  return true;
}

/** The person's notifications not read yet, of those that also meet `conditions`. */
function unreadOf(personId: string, ...conditions: SQL[]): SQL | undefined {
  return and(eq(notification.recipientId, personId), isNull(notification.readAt), ...conditions);
}

/**
 * Marks the person's unread notifications read, all of them or those that meet `conditions`
 * (the reminders about one step, once it is done); returns how many changed.
 */
export async function markAllNotificationsRead(
  tx: Transaction,
  params: { personId: string; now?: Date },
  ...conditions: SQL[]
): Promise<number> {
  const changed = await tx
    .update(notification)
    .set({ readAt: params.now ?? new Date() })
    .where(unreadOf(params.personId, ...conditions))
    .returning({ id: notification.id });
  return changed.length;
}
