import { Check } from "lucide-react";
import { cn } from "./utils.ts";

/**
 * `done`: completed, as the data says. `earlier`: before the current stage, with no record of
 * completing it (e.g. a teacher placed straight into Stage 2). `current` and `upcoming` as named.
 */
export type StepState = "done" | "earlier" | "current" | "upcoming";

export interface StepperStage {
  id: string;
  position: number;
  title: string;
  state: StepState;
}

const stateLabels: Record<StepState, string> = {
  done: "Completed",
  earlier: "Earlier stage",
  current: "Current stage",
  upcoming: "Upcoming",
};

interface StageStepperProps {
  stages: readonly StepperStage[];
  /** Names the list for assistive technology, e.g. "Your stages". */
  label: string;
  className?: string;
}

/**
 * The stages of the framework as a stepper: done, current and upcoming, each said in words as
 * well as shown, so the picture is never the only way to know where someone stands.
 */
export function StageStepper({ stages, label, className }: StageStepperProps) {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  return (
    <ol aria-label={label} className={cn("flex flex-col gap-4 md:flex-row md:gap-0", className)}>
      {ordered.map((stage, index) => {
        const isLast = index === ordered.length - 1;
        const nextState = ordered[index + 1]?.state;
        return (
          <li
            key={stage.id}
            aria-current={stage.state === "current" ? "step" : undefined}
            className="flex min-w-0 flex-1 gap-3 md:flex-col md:gap-3"
          >
            <div className="flex items-center self-start md:w-full md:self-auto">
              <span
                aria-hidden="true"
                className={cn(
                  "flex size-9 shrink-0 items-center justify-center rounded-full border-2 text-sm font-semibold",
                  stage.state === "done" && "border-success bg-success text-primary-foreground",
                  stage.state === "earlier" && "border-input bg-muted text-muted-foreground",
                  stage.state === "current" &&
                    "border-primary bg-primary text-primary-foreground ring-4 ring-primary-soft",
                  stage.state === "upcoming" && "border-input bg-surface text-muted-foreground",
                )}
              >
                {stage.state === "done" ? <Check className="size-4" /> : stage.position}
              </span>
              {isLast ? null : (
                <span
                  aria-hidden="true"
                  className={cn(
                    "mx-2 hidden h-0.5 flex-1 rounded-full md:block",
                    nextState === "upcoming" ? "bg-border" : "bg-input",
                  )}
                />
              )}
            </div>
            <div className="min-w-0 md:pr-6">
              <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                Stage {stage.position}
              </p>
              <p className="font-medium text-foreground">{stage.title}</p>
              <p
                className={cn(
                  "mt-0.5 text-sm",
                  stage.state === "current"
                    ? "font-semibold text-primary"
                    : "text-muted-foreground",
                )}
              >
                {stateLabels[stage.state]}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
