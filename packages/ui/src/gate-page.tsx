import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Brand } from "./brand.tsx";
import { SkipLink } from "./skip-link.tsx";
import { cn } from "./utils.ts";

/**
 * A page the app's gate shows before the app itself (not for you, which district): the brand,
 * and one card with an icon and a heading, centred on a plain page.
 */
export function GatePage({
  appName,
  icon: Icon,
  iconClassName,
  title,
  children,
}: {
  appName: string;
  icon: LucideIcon;
  /** The icon's colours, e.g. "bg-warning-soft text-warning". */
  iconClassName: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="px-4 py-4 sm:px-6">
        <Brand appName={appName} />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 focus:outline-none sm:pt-16"
      >
        <div className="w-full max-w-lg rounded-[var(--radius-card)] border border-border bg-surface p-6 shadow-sm sm:p-8">
          <span
            className={cn("flex size-12 items-center justify-center rounded-full", iconClassName)}
          >
            <Icon aria-hidden="true" className="size-6" />
          </span>
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-foreground">{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
