import type { ReactNode } from "react";

/**
 * One item of a list of boxed rows: what it is on the left, its state or what to do with it on
 * the right, wrapping under each other on a narrow screen.
 */
export function ListRow({ children }: { children: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border bg-surface p-3">
      {children}
    </li>
  );
}
