import { buttonClasses } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatMoment } from "@throughline/ui/format";
import { Link } from "react-router";
import { type Figure, FigureList } from "../../lib/figure-list.tsx";
import { ofText, percentText } from "../implementation/figures.ts";
import type { OverviewFigures } from "./types.ts";

function figuresOf(figures: OverviewFigures): Figure[] {
  return [
    {
      id: "completion",
      label: "MicroPD completion",
      value: percentText(figures.completionPercent),
      detail: `${ofText(figures.sessionsCompleted, figures.sessionsAssigned)} sessions`,
    },
    {
      id: "meetings",
      label: "Support meetings held",
      value: ofText(figures.meetingsHeld, figures.meetingsScheduled),
      detail: "This school year",
    },
    {
      id: "collaboration",
      label: "Collaboration minutes",
      value: ofText(figures.collaborationUsedMinutes, figures.collaborationScheduledMinutes),
      detail: "Used of protected",
    },
    {
      id: "steps",
      label: "Steps done with evidence",
      value: ofText(figures.stepsDoneWithEvidence, figures.stepsTotal),
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
            {figures.asOf ? `, as of ${formatMoment(figures.asOf)}` : null}
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
        <FigureList figures={figuresOf(figures)} layout="compact" />
      </CardContent>
    </Card>
  );
}
