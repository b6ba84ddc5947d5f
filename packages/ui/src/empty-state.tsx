import { Inbox } from "lucide-react";
import type { ComponentType, ReactNode } from "react";
import { cn } from "./utils.ts";

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** A lucide icon (decorative). */
  icon?: ComponentType<{ className?: string; "aria-hidden"?: boolean | "true" }>;
  /** Something to do next, e.g. a link. */
  action?: ReactNode;
  headingLevel?: 1 | 2 | 3;
  className?: string;
}

/** Nothing here yet: says so plainly, and why, instead of a blank space. */
export function EmptyState({
  title,
  children,
  icon: Icon = Inbox,
  action,
  headingLevel = 2,
  className,
}: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-[var(--radius-card)] border border-dashed border-input bg-surface px-6 py-10 text-center",
        className,
      )}
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-primary-soft text-primary">
        <Icon aria-hidden="true" className="size-6" />
      </span>
      <Heading className="text-lg font-semibold text-foreground">{title}</Heading>
      {children ? (
        <div className="max-w-prose text-sm text-muted-foreground">{children}</div>
      ) : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
