import type { ReactNode, Ref } from "react";
import { cn } from "./utils.ts";

/** "lg" a section inside a page's column, "xl" a main part of a long page. */
const sizes = {
  lg: { section: "flex flex-col gap-3", heading: "text-lg font-semibold" },
  xl: { section: "flex flex-col gap-4", heading: "text-xl font-semibold tracking-tight" },
} as const;

/**
 * A part of a page under its own h2, named by that heading for screen readers (the landmark a
 * reader jumps to). `headingId` stays stable, so links and tests may point at the heading.
 */
export function TitledSection({
  headingId,
  title,
  size = "lg",
  className,
  headingClassName,
  headingRef,
  children,
}: {
  headingId: string;
  title: ReactNode;
  size?: keyof typeof sizes;
  className?: string;
  headingClassName?: string;
  /** For a section that moves focus to its heading, e.g. after a form closes. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={cn(sizes[size].section, className)}>
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className={cn(
          sizes[size].heading,
          headingRef ? "focus-visible:outline-2 focus-visible:outline-ring" : null,
          headingClassName,
        )}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
