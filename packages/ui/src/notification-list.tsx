import type { NotificationItem } from "@throughline/domain/notification";
import { BellOff } from "lucide-react";
import type { AppKey } from "./apps.ts";
import { Button } from "./button.tsx";
import { EmptyState } from "./empty-state.tsx";
import { MarkAllReadButton } from "./mark-all-read-button.tsx";
import {
  NotificationSummary,
  notificationHref,
  useOpenNotification,
} from "./notification-item.tsx";
import { cn } from "./utils.ts";

interface NotificationListProps {
  app: AppKey;
  dev: boolean;
  items: readonly NotificationItem[];
  unread: number;
  hasMore: boolean;
  onMarkRead: (notificationId: string) => Promise<unknown>;
  /**
   * Called when a link opens a page of this app: the app refreshes what it has cached, so the
   * comment or step the notification is about is there.
   */
  onOpenInApp?: () => void;
  onMarkAllRead: () => void;
  onLoadMore: () => void;
  loadingMore?: boolean;
  markingAll?: boolean;
  /** The notification being marked read on its own, if any. */
  markingId?: string | null;
}

/** Every notification, newest first: open one, mark one or all read, load older ones. */
export function NotificationList({
  app,
  dev,
  items,
  unread,
  hasMore,
  onMarkRead,
  onOpenInApp,
  onMarkAllRead,
  onLoadMore,
  loadingMore = false,
  markingAll = false,
  markingId = null,
}: NotificationListProps) {
  const openNotification = useOpenNotification({ app, dev, onMarkRead, onOpenInApp });
  const now = new Date();
  if (items.length === 0) {
    return (
      <EmptyState icon={BellOff} title="No notifications yet">
        Comments, meetings and reminders will appear here.
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {unread === 0 ? "All read." : `${unread} unread.`}
        </p>
        <MarkAllReadButton
          variant="secondary"
          unread={unread}
          markingAll={markingAll}
          onMarkAllRead={onMarkAllRead}
        />
      </div>
      <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
        {items.map((item) => (
          <li
            key={item.id}
            className={cn(
              "flex flex-wrap items-start justify-between gap-3 px-4 py-3 sm:flex-nowrap",
              item.readAt === null && "bg-primary-soft/40",
            )}
          >
            <a
              href={notificationHref(item, { dev })}
              className="min-w-0 flex-1 rounded-md no-underline hover:underline"
              onClick={(event) => {
                event.preventDefault();
                void openNotification(item);
              }}
            >
              <NotificationSummary item={item} now={now} />
            </a>
            {item.readAt === null ? (
              <Button
                variant="ghost"
                size="sm"
                disabled={markingId === item.id}
                onClick={() => void onMarkRead(item.id)}
              >
                Mark as read<span className="sr-only">: {item.title}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {hasMore ? (
        <Button
          variant="secondary"
          className="self-center"
          onClick={onLoadMore}
          disabled={loadingMore}
        >
          {loadingMore ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
