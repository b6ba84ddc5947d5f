import type { ReactNode } from "react";
import { cn } from "./utils.ts";

const termStyles = {
  /** A settings summary: the term as a quiet label. */
  label: "text-sm font-medium text-muted-foreground",
  /** A card of facts: the term in small capitals, so many short facts scan. */
  caps: "text-xs font-semibold tracking-wide text-muted-foreground uppercase",
} as const;

/**
 * One term and its value in a two-column description list. `wide` spans both columns; the
 * group stays a direct child of the `dl`, as a description list needs.
 */
export function TermItem({
  term,
  children,
  wide = false,
  termStyle = "label",
  wideFrom = "always",
}: {
  term: string;
  children: ReactNode;
  wide?: boolean;
  termStyle?: keyof typeof termStyles;
  /** "sm" spans both columns only where there are two (from the small breakpoint). */
  wideFrom?: "always" | "sm";
}) {
  return (
    <div
      className={cn(
        "flex flex-col gap-0.5",
        wide && (wideFrom === "sm" ? "sm:col-span-2" : "col-span-2"),
      )}
    >
      <dt className={termStyles[termStyle]}>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
