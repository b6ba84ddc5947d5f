import { type GoalStatus, goalStatusLabels } from "@throughline/domain/rules/team-goal-progress";
import { formatMeasure } from "@throughline/domain/team-goal";
import type { TeamGoalUnit } from "@throughline/domain/team-goal-measure";
import { Badge, type BadgeVariant } from "./badge.tsx";
import { formatDay } from "./format.ts";

const statusVariants: Record<GoalStatus, BadgeVariant> = {
  not_measured: "neutral",
  on_track: "success",
  off_track: "danger",
  met: "primary",
};

/** "On track", "Off track", … in words, with colour only as a second signal. */
export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return <Badge variant={statusVariants[status]}>{goalStatusLabels[status]}</Badge>;
}

interface GoalProgressFacts {
  unit: TeamGoalUnit;
  baselineValue: number;
  targetValue: number;
  startsOn: string;
  targetOn: string;
  latestValue: number | null;
  latestOn: string | null;
  status: GoalStatus;
}

/** Baseline → latest → target, as a short list a screen reader reads in order. */
export function GoalProgressLine({ goal }: { goal: GoalProgressFacts }) {
  const steps = [
    { label: "Baseline", value: formatMeasure(goal.unit, goal.baselineValue), on: goal.startsOn },
    {
      label: "Latest",
      value:
        goal.latestValue === null ? "Not measured yet" : formatMeasure(goal.unit, goal.latestValue),
      on: goal.latestOn,
    },
    { label: "Target", value: formatMeasure(goal.unit, goal.targetValue), on: goal.targetOn },
  ];
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ol className="flex flex-wrap items-stretch gap-2" aria-label="Progress toward the goal">
        {steps.map((step, index) => (
          <li key={step.label} className="flex items-center gap-2">
            {index > 0 ? (
              <span aria-hidden="true" className="text-muted-foreground">
                →
              </span>
            ) : null}
            <span className="flex flex-col rounded-md border border-border px-3 py-1.5">
              <span className="text-xs text-muted-foreground">{step.label}</span>
              <span className="font-semibold">{step.value}</span>
              {step.on ? (
                <span className="text-xs text-muted-foreground">{formatDay(step.on)}</span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      <GoalStatusBadge status={goal.status} />
    </div>
  );
}
