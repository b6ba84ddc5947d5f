import { Bell } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "./button.tsx";

/** "Notifications, 3 unread": what the bell says to a screen reader. */
function bellLabel(unread: number): string {
  return unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
}

/**
 * The header's bell button with its unread count. Drawn on its own while the popover's code
 * loads (it is not part of an app's first download), then as the popover's trigger.
 */
export function BellButton({ unread, ...props }: { unread: number } & ComponentProps<"button">) {
  return (
    <Button
      variant="ghost"
      size="sm"
      className="relative px-2"
      aria-label={bellLabel(unread)}
      {...props}
    >
      <Bell aria-hidden="true" className="!size-5" />
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 flex min-w-5 items-center justify-center rounded-full bg-danger px-1 text-[0.6875rem] font-semibold leading-5 text-primary-foreground"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Button>
  );
}
