import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { cn } from "./utils.ts";

/**
 * One row of a list of links inside a card (`ul.divide-y`): a name, the lines under it, an
 * optional badge and a chevron, the whole row one tap target at least 56 px tall.
 */
export function LinkRow({
  to,
  title,
  children,
  badge,
  linesClassName,
}: {
  to: string;
  /** The row's name, in the foreground colour. */
  title: ReactNode;
  /** The lines under the name (their own colours and sizes). */
  children?: ReactNode;
  /** Shown before the chevron, e.g. a status badge. */
  badge?: ReactNode;
  /** Spacing of the name and its lines. */
  linesClassName?: string;
}) {
  return (
    <Link
      to={to}
      className="flex min-h-14 items-center gap-3 px-6 py-3 hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
    >
      <span className={cn("flex min-w-0 flex-1 flex-col", linesClassName)}>
        <span className="font-medium text-foreground">{title}</span>
        {children}
      </span>
      {badge}
      <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
    </Link>
  );
}
