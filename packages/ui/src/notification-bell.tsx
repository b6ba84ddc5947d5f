import type { NotificationCentre } from "@throughline/domain/notification";
import { Popover } from "radix-ui";
import { useState } from "react";
import { Link } from "react-router";
import type { AppKey } from "./apps.ts";
import { BellButton } from "./bell-button.tsx";
import { MarkAllReadButton } from "./mark-all-read-button.tsx";
import { NotificationSummary, useOpenNotification } from "./notification-item.tsx";
import { cn } from "./utils.ts";

export interface NotificationBellProps {
  /** The app the bell is in: links into it navigate, links to another app load that app. */
  app: AppKey;
  dev: boolean;
  /** The latest notifications and the unread count; undefined while loading. */
  centre: NotificationCentre | undefined;
  onMarkRead: (notificationId: string) => Promise<unknown>;
  /**
   * Called when a link opens a page of this app: the app refreshes what it has cached, so the
   * comment or step the notification is about is there.
   */
  onOpenInApp?: () => void;
  onMarkAllRead: () => void;
  markingAll?: boolean;
  /** Open as it appears: the button was pressed while the bell's code was still loading. */
  defaultOpen?: boolean;
  /** This app's notifications page and email settings page. */
  allPath?: string;
  settingsPath?: string;
}

/** The header's bell: the unread count, and a popover with the latest notifications. */
export function NotificationBell({
  app,
  dev,
  centre,
  onMarkRead,
  onOpenInApp,
  onMarkAllRead,
  markingAll = false,
  defaultOpen = false,
  allPath = "/notifications",
  settingsPath = "/notifications/settings",
}: NotificationBellProps) {
  const [open, setOpen] = useState(defaultOpen);
  const openNotification = useOpenNotification({ app, dev, onMarkRead, onOpenInApp });
  const unread = centre?.unread ?? 0;
  const now = new Date();
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <BellButton unread={unread} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={8}
          aria-label="Notifications"
          className="z-50 flex max-h-[min(32rem,var(--radix-popover-content-available-height))] w-[min(24rem,calc(100vw-1rem))] flex-col rounded-lg border border-border bg-surface shadow-lg focus:outline-none"
        >
          <div className="flex items-center justify-between gap-3 border-b border-border px-4 py-3">
            <h2 className="text-sm font-semibold text-foreground">
              Notifications
              {unread > 0 ? (
                <span className="ml-1.5 font-normal text-muted-foreground">({unread} unread)</span>
              ) : null}
            </h2>
            <MarkAllReadButton
              variant="link"
              unread={unread}
              markingAll={markingAll}
              onMarkAllRead={onMarkAllRead}
            />
          </div>
          {centre === undefined ? (
            <p className="px-4 py-6 text-sm text-muted-foreground">Loading…</p>
          ) : centre.items.length === 0 ? (
            <p className="px-4 py-6 text-sm text-muted-foreground">
              Nothing yet. You will see comments, meetings and reminders here.
            </p>
          ) : (
            <ul className="flex-1 divide-y divide-border overflow-y-auto">
              {centre.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className={cn(
                      "w-full px-4 py-3 text-left hover:bg-muted focus-visible:bg-muted focus-visible:-outline-offset-3",
                      item.readAt === null && "bg-primary-soft/40",
                    )}
                    onClick={() => {
                      setOpen(false);
                      void openNotification(item);
                    }}
                  >
                    <NotificationSummary item={item} now={now} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="flex items-center justify-between gap-3 border-t border-border px-4 py-2.5 text-sm">
            <Link to={allPath} onClick={() => setOpen(false)} className="font-medium">
              See all
            </Link>
            <Link to={settingsPath} onClick={() => setOpen(false)} className="font-medium">
              Email settings
            </Link>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
