import { Inbox } from "lucide-react";
import type { ComponentType, ReactNode } from "react";
import { StatePanel } from "./state-panel.tsx";

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
  return (
    <StatePanel
      tone="quiet"
      icon={Icon}
      title={title}
      headingLevel={headingLevel}
      className={className}
    >
      {children ? (
        <div className="max-w-prose text-sm text-muted-foreground">{children}</div>
      ) : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </StatePanel>
  );
}
