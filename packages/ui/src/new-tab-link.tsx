import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./utils.ts";

/** A file or web address that opens in a new tab, with an icon saying which it is. */
export function NewTabLink({
  href,
  icon: Icon,
  className,
  children,
}: {
  href: string;
  icon: LucideIcon;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      className={cn(
        "inline-flex min-w-0 items-center gap-1.5 font-medium text-primary underline hover:text-primary-hover",
        className,
      )}
    >
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      {children}
    </a>
  );
}
