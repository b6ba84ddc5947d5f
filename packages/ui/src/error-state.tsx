import { CircleAlert, RotateCw } from "lucide-react";
import { Button } from "./button.tsx";
import { StatePanel } from "./state-panel.tsx";

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
  return (
    <StatePanel
      tone="danger"
      icon={CircleAlert}
      title={title}
      headingLevel={headingLevel}
      role="alert"
      className={className}
    >
      <p className="max-w-prose text-sm text-muted-foreground">{message}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry} disabled={retrying} className="mt-2">
          <RotateCw aria-hidden="true" className={retrying ? "animate-spin" : undefined} />
          Try again
        </Button>
      ) : null}
    </StatePanel>
  );
}
