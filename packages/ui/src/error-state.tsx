import { CircleAlert, RotateCw } from "lucide-react";
import { Button } from "./button.tsx";
import { cn } from "./utils.ts";

interface ErrorStateProps {
  title?: string;
  message?: string;
  onRetry?: () => void;
  /** True while the retry is under way. */
  retrying?: boolean;
  /** 1 when the error is the whole page, 2 (default) when it sits under the page heading. */
  headingLevel?: 1 | 2 | 3;
  className?: string;
}

/** Something failed: says what, and offers "Try again". */
export function ErrorState({
  title = "Something went wrong",
  message = "We could not load this page. Please try again.",
  onRetry,
  retrying = false,
  headingLevel = 2,
  className,
}: ErrorStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      role="alert"
      className={cn(
        "flex flex-col items-center gap-3 rounded-[var(--radius-card)] border border-danger/30 bg-surface px-6 py-10 text-center",
        className,
      )}
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-danger-soft text-danger">
        <CircleAlert aria-hidden="true" className="size-6" />
      </span>
      <Heading className="text-lg font-semibold text-foreground">{title}</Heading>
      <p className="max-w-prose text-sm text-muted-foreground">{message}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry} disabled={retrying} className="mt-2">
          <RotateCw aria-hidden="true" className={retrying ? "animate-spin" : undefined} />
          Try again
        </Button>
      ) : null}
    </div>
  );
}
