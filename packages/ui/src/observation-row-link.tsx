import type { ReactNode } from "react";
import { Link } from "react-router";
import { formatDay } from "./format.ts";
import { cn } from "./utils.ts";

/**
 * One observation in a list of a teacher's observations, the whole row a link: its kind and day,
 * who observed, and at the right its state (`children`, e.g. badges).
 */
export function ObservationRowLink({
  to,
  kindLabel,
  observedOn,
  observerName,
  className,
  children,
}: {
  to: string;
  /** "Coaching", "Walkthrough", … as the list words it. */
  kindLabel: string;
  observedOn: string;
  observerName: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <Link
      to={to}
      className={cn(
        "flex min-h-11 flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-surface p-3 hover:bg-muted",
        className,
      )}
    >
      <span className="flex flex-col">
        <span className="font-medium text-primary underline">
          {kindLabel} · {formatDay(observedOn)}
        </span>
        <span className="text-sm text-muted-foreground">by {observerName}</span>
      </span>
      {children}
    </Link>
  );
}
