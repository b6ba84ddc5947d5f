import { goalStatusLabels } from "@throughline/domain/rules/team-goal-progress";
import { formatMeasure } from "@throughline/domain/team-goal";
import { Badge } from "@throughline/ui/badge";
import { formatDay } from "@throughline/ui/format";
import type { TeamProfile } from "./types.ts";

/** The team's goals on student learning and where each stands. */
export function GoalProgressList({ goals }: { goals: TeamProfile["goals"] }) {
  if (goals.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">The team has no goal on student learning yet.</p>
    );
  }
  return (
    <ul className="flex flex-col gap-2">
      {goals.map((goal) => (
        <li key={goal.id} className="rounded-md border border-border bg-surface p-3">
          <p className="font-medium">{goal.problem}</p>
          <p className="text-sm text-muted-foreground">
            {goal.measure}: {formatMeasure(goal.unit, goal.baselineValue)} →{" "}
            {formatMeasure(goal.unit, goal.targetValue)} by {formatDay(goal.targetOn)}
            {goal.progress.latestValue === null
              ? ""
              : `; latest ${formatMeasure(goal.unit, goal.progress.latestValue)}`}
          </p>
          <Badge
            variant={
              goal.progress.status === "off_track"
                ? "warning"
                : goal.progress.status === "not_measured"
                  ? "neutral"
                  : "success"
            }
          >
            {goalStatusLabels[goal.progress.status]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
