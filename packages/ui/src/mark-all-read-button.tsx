import { Button } from "./button.tsx";

/** "Mark all as read", off while nothing is unread or while it runs: the bell's and the page's. */
export function MarkAllReadButton({
  unread,
  markingAll,
  onMarkAllRead,
  variant,
}: {
  unread: number;
  markingAll: boolean;
  onMarkAllRead: () => void;
  /** A quiet link in the bell's panel, a button on the notifications page. */
  variant: "link" | "secondary";
}) {
  return (
    <Button
      variant={variant}
      size="sm"
      onClick={onMarkAllRead}
      disabled={unread === 0 || markingAll}
    >
      {markingAll && variant === "secondary" ? "Marking…" : "Mark all as read"}
    </Button>
  );
}
