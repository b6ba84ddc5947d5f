import { cn } from "@throughline/ui/utils";
import { Check } from "lucide-react";

/**
 * The steps of a session as a row of markers: done, current and to come. The step heading says
 * "Step 2 of 4" in words; this is the picture of it, with the current step marked for assistive
 * technology too.
 */
export function BlockStepper({
  labels,
  current,
  allDone = false,
}: {
  labels: readonly string[];
  current: number;
  /** A completed session: every step is done, wherever the teacher is re-reading. */
  allDone?: boolean;
}) {
  return (
    <ol aria-label="Steps in this session" className="flex items-start">
      {labels.map((label, index) => {
        const state =
          index === current ? "current" : allDone || index < current ? "done" : "upcoming";
        return (
          <li
            // Labels repeat ("Reading", "Reading"), so the position is part of the key.
            key={`${index}-${label}`}
            aria-current={state === "current" ? "step" : undefined}
            className="flex min-w-0 flex-1 flex-col items-center gap-1.5 text-center"
          >
            <div className="flex w-full items-center">
              <span
                aria-hidden="true"
                className={cn(
                  "h-0.5 flex-1",
                  index === 0
                    ? "invisible"
                    : allDone || index <= current
                      ? "bg-primary"
                      : "bg-border",
                )}
              />
              <span
                className={cn(
                  "flex size-8 shrink-0 items-center justify-center rounded-full border-2 text-xs font-semibold",
                  state === "done" && "border-primary bg-primary text-primary-foreground",
                  state === "current" &&
                    "border-primary bg-surface text-primary ring-4 ring-primary-soft",
                  state === "upcoming" && "border-input bg-surface text-muted-foreground",
                )}
              >
                {state === "done" ? (
                  <Check aria-hidden="true" className="size-4" />
                ) : (
                  <span aria-hidden="true">{index + 1}</span>
                )}
                <span className="sr-only">
                  {`Step ${index + 1}: ${label}${state === "done" ? " (done)" : state === "current" ? " (current)" : ""}`}
                </span>
              </span>
              <span
                aria-hidden="true"
                className={cn(
                  "h-0.5 flex-1",
                  index === labels.length - 1
                    ? "invisible"
                    : allDone || index < current
                      ? "bg-primary"
                      : "bg-border",
                )}
              />
            </div>
            <span
              aria-hidden="true"
              className={cn(
                "hidden px-1 text-xs sm:block",
                state === "current" ? "font-semibold text-primary" : "text-muted-foreground",
              )}
            >
              {label}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
