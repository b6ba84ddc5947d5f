import type { ComponentType, ReactNode } from "react";
import { cn } from "./utils.ts";

const tones = {
  quiet: {
    frame: "border-dashed border-input",
    badge: "bg-primary-soft text-primary",
  },
  danger: {
    frame: "border-danger/30",
    badge: "bg-danger-soft text-danger",
  },
} as const;

/**
 * The frame an empty or failed state shares: a centred panel with a round icon, a heading at the
 * level the page needs, and what to read or do under it.
 */
export function StatePanel({
  tone,
  icon: Icon,
  title,
  headingLevel,
  role,
  className,
  children,
}: {
  tone: keyof typeof tones;
  /** A lucide icon (decorative). */
  icon: ComponentType<{ className?: string; "aria-hidden"?: boolean | "true" }>;
  title: string;
  headingLevel: 1 | 2 | 3;
  role?: "alert";
  className?: string;
  children: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      role={role}
      className={cn(
        "flex flex-col items-center gap-3 rounded-[var(--radius-card)] border bg-surface px-6 py-10 text-center",
        tones[tone].frame,
        className,
      )}
    >
      <span
        className={cn("flex size-12 items-center justify-center rounded-full", tones[tone].badge)}
      >
        <Icon aria-hidden="true" className="size-6" />
      </span>
      <Heading className="text-lg font-semibold text-foreground">{title}</Heading>
      {children}
    </div>
  );
}
