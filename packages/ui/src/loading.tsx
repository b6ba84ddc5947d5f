import { LoaderCircle } from "lucide-react";
import { cn } from "./utils.ts";

interface LoadingProps {
  /** Read out by assistive technology; shown only visually hidden. */
  label?: string;
  /** "page" draws skeleton cards in the shape of a page; "inline" a small spinner. */
  variant?: "page" | "inline";
  className?: string;
}

function SkeletonBar({ className }: { className?: string }) {
  return <div className={cn("motion-safe:animate-pulse rounded-md bg-muted", className)} />;
}

/** A designed waiting state: a skeleton of the page (or a spinner) that says "Loading…". */
export function Loading({ label = "Loading…", variant = "page", className }: LoadingProps) {
  if (variant === "inline") {
    return (
      <div
        role="status"
        aria-busy="true"
        className={cn("inline-flex items-center gap-2 text-sm text-muted-foreground", className)}
      >
        <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
        <span className="sr-only">{label}</span>
      </div>
    );
  }
  return (
    <div role="status" aria-busy="true" className={cn("flex flex-col gap-6", className)}>
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="flex flex-col gap-3">
        <SkeletonBar className="h-8 w-64 max-w-full" />
        <SkeletonBar className="h-4 w-96 max-w-full" />
      </div>
      <div aria-hidden="true" className="grid gap-4 md:grid-cols-2">
        {[0, 1].map((card) => (
          <div
            key={card}
            className="flex flex-col gap-4 rounded-[var(--radius-card)] border border-border bg-surface p-6"
          >
            <div className="flex items-center gap-4">
              <div className="size-16 motion-safe:animate-pulse rounded-full bg-muted" />
              <div className="flex flex-1 flex-col gap-2">
                <SkeletonBar className="h-5 w-3/4" />
                <SkeletonBar className="h-4 w-1/2" />
              </div>
            </div>
            <SkeletonBar className="h-4 w-full" />
            <SkeletonBar className="h-4 w-5/6" />
          </div>
        ))}
      </div>
    </div>
  );
}

/** Loading before there is a shell: the page's own main region, centred. */
export function FullPageLoading({ label = "Loading…" }: { label?: string }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4">
      <div
        role="status"
        aria-busy="true"
        className="flex flex-col items-center gap-3 text-muted-foreground"
      >
        <LoaderCircle aria-hidden="true" className="size-8 animate-spin text-primary" />
        <span className="text-sm">{label}</span>
      </div>
    </main>
  );
}
