import type { NotificationItem } from "@throughline/domain/notification";
import { useNavigate } from "react-router";
import { type AppKey, appHref } from "./apps.ts";
import { cn } from "./utils.ts";

const relativeFormat = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago". */
function formatRelative(date: Date, now: Date = new Date()): string {
  let amount = (date.getTime() - now.getTime()) / 1000;
  if (Math.abs(amount) < 45) return "just now";
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return relativeFormat.format(Math.round(amount), unit);
    amount /= size;
  }
  return relativeFormat.format(Math.round(amount), "year");
}

/** The address a notification opens, for a link's `href`. */
export function notificationHref(item: NotificationItem, options: { dev: boolean }): string {
  return `${appHref(item.link.app, options).replace(/\/$/, "")}${item.link.path}`;
}

/**
 * Opens a notification's link: inside this app through the router (keeping `?query#hash`),
 * in another app by loading it. Marking it read is awaited before leaving the app, so the
 * request is not cut off by the page change.
 */
export function useOpenNotification(options: {
  app: AppKey;
  dev: boolean;
  onMarkRead: (notificationId: string) => Promise<unknown>;
  /** Called before opening a link in this app: the page it opens may hold answers from before. */
  onOpenInApp?: () => void;
}) {
  const navigate = useNavigate();
  return async (item: NotificationItem) => {
    const marking = item.readAt ? Promise.resolve() : options.onMarkRead(item.id);
    if (item.link.app === options.app) {
      options.onOpenInApp?.();
      navigate(item.link.path);
      await marking;
      return;
    }
    await marking.catch(() => undefined);
    window.location.assign(notificationHref(item, options));
  };
}

/** Title, body and time of one notification, with its unread state seen and heard. */
export function NotificationSummary({
  item,
  now,
  className,
}: {
  item: NotificationItem;
  now?: Date;
  className?: string;
}) {
  const unread = item.readAt === null;
  return (
    <span className={cn("flex min-w-0 items-start gap-2.5", className)}>
      <span
        aria-hidden="true"
        className={cn(
          "mt-1.5 size-2 shrink-0 rounded-full",
          unread ? "bg-primary" : "bg-transparent",
        )}
      />
      <span className="flex min-w-0 flex-col gap-0.5">
        <span className={cn("text-sm text-foreground", unread ? "font-semibold" : "font-normal")}>
          {unread ? <span className="sr-only">Unread: </span> : null}
          {item.title}
        </span>
        <span className="line-clamp-2 text-sm text-muted-foreground">{item.body}</span>
        <time dateTime={item.createdAt.toISOString()} className="text-xs text-muted-foreground">
          {formatRelative(item.createdAt, now)}
        </time>
      </span>
    </span>
  );
}
