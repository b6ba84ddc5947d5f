import { buttonClasses } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { Link } from "react-router";
import type { OverviewFigures } from "./types.ts";

function percent(value: number | null): string {
  return value === null ? "—" : `${value}%`;
}

function figuresOf(figures: OverviewFigures) {
  return [
    {
      id: "completion",
      label: "MicroPD completion",
      value: percent(figures.completionPercent),
      detail: `${figures.sessionsCompleted} of ${figures.sessionsAssigned} sessions`,
    },
    {
      id: "meetings",
      label: "Support meetings held",
      value: `${figures.meetingsHeld} of ${figures.meetingsScheduled}`,
      detail: "This school year",
    },
    {
      id: "collaboration",
      label: "Collaboration minutes",
      value: `${figures.collaborationUsedMinutes} of ${figures.collaborationScheduledMinutes}`,
      detail: "Used of protected",
    },
    {
      id: "steps",
      label: "Steps done with evidence",
      value: `${figures.stepsDoneWithEvidence} of ${figures.stepsTotal}`,
      detail: "Action-plan steps",
    },
  ];
}

/**
 * The implementation dashboard's headline figures for the viewer's scope, computed by the
 * dashboard itself, with the way in to the rest of it.
 */
export function AtAGlance({ figures }: { figures: OverviewFigures }) {
  const dashboardPath =
    figures.level === "school" && figures.id
      ? `/implementation/schools/${figures.id}`
      : "/implementation";
  return (
    <Card>
      <CardHeader className="sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <div className="flex flex-col gap-1">
          <CardTitle>{figures.name} at a glance</CardTitle>
          <CardDescription>
            {figures.teacherCount === 1 ? "1 teacher" : `${figures.teacherCount} teachers`} · the
            implementation dashboard's figures
          </CardDescription>
        </div>
        <Link
          to={dashboardPath}
          className={buttonClasses({ variant: "secondary", className: "self-start" })}
        >
          Open the dashboard<span className="sr-only"> for {figures.name}</span>
        </Link>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {figuresOf(figures).map((figure) => (
            <div
              key={figure.id}
              data-figure={figure.id}
              className="flex flex-col gap-0.5 rounded-lg border border-border p-3"
            >
              <dt className="text-sm font-medium text-muted-foreground">{figure.label}</dt>
              <dd className="text-xl font-semibold tabular-nums text-foreground">{figure.value}</dd>
              <dd className="text-xs text-muted-foreground">{figure.detail}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
