import type { ReactNode } from "react";
import { TitledCard } from "./titled-card.tsx";
import { cn } from "./utils.ts";

/**
 * A titled card that is one form. Submitting runs `onSubmit` in place of a page load, and the
 * browser's own checks stay off (`noValidate`): the server names the fields that are wrong, in
 * the same words on every form.
 */
export function FormCard({
  title,
  description,
  level,
  onSubmit,
  className,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  /** The heading level that fits the page's outline (2 by default). */
  level?: 2 | 3 | 4;
  onSubmit: () => void;
  /** Classes for the form, e.g. a wider gap than the default `gap-4` between fields. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <TitledCard title={title} description={description} level={level}>
      <form
        noValidate
        className={cn("flex flex-col gap-4", className)}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </TitledCard>
  );
}
