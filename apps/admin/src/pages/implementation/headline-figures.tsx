import { meetingsCountLabels } from "@throughline/domain/dashboard";
import { numberText, ofText, percentText } from "./figures.ts";
import type { DashboardMetrics } from "./types.ts";

interface Figure {
  id: string;
  label: string;
  value: string;
  detail: string;
}

function figuresOf(metrics: DashboardMetrics, level: string): Figure[] {
  return [
    {
      id: "completion",
      label: "MicroPD completion",
      value: percentText(metrics.completionPercent),
      detail: `${ofText(metrics.sessionsCompleted, metrics.sessionsAssigned)} sessions completed`,
    },
    {
      id: "sessions-completed",
      label: "Sessions completed",
      value: String(metrics.sessionsCompleted),
      detail:
        level === "teacher"
          ? "In the stages they are enrolled in"
          : `By ${metrics.teacherCount} ${metrics.teacherCount === 1 ? "teacher" : "teachers"}`,
    },
    {
      id: "pace",
      label: "Pace",
      value: String(metrics.pace),
      detail: "Sessions per teacher per week, last 4 weeks",
    },
    {
      id: "wait",
      label: "Median wait",
      value: numberText(metrics.medianWaitDays, " days"),
      detail: "From finishing a session to opening the next",
    },
    {
      id: "meetings",
      label: meetingsCountLabels[metrics.meetingsCount].label,
      value: ofText(metrics.meetingsHeld, metrics.meetingsScheduled),
      detail: meetingsCountLabels[metrics.meetingsCount].detail,
    },
    {
      id: "collaboration",
      label: "Collaboration minutes",
      value: ofText(metrics.collaborationUsedMinutes, metrics.collaborationScheduledMinutes),
      detail: "Used of scheduled",
    },
    {
      id: "steps",
      label: "Action steps done with evidence",
      value: ofText(metrics.stepsDoneWithEvidence, metrics.stepsTotal),
      detail: "Of all action-plan steps",
    },
    {
      id: "pd-hours",
      label: level === "teacher" ? "PD hours" : "Median PD hours",
      value: numberText(metrics.medianPdHours),
      detail: level === "teacher" ? "This school year" : "Per teacher, this school year",
    },
    {
      id: "badges",
      label: "Badges earned",
      value: String(metrics.badgesEarned),
      detail: "Micro-credentials awarded and not revoked, all time",
    },
  ];
}

/** The level's key figures as cards; each is a term and its value, so it reads as a list. */
export function HeadlineFigures({ metrics, level }: { metrics: DashboardMetrics; level: string }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {figuresOf(metrics, level).map((figure) => (
        <div
          key={figure.id}
          data-figure={figure.id}
          className="flex flex-col gap-1 rounded-lg border border-border bg-surface p-4 shadow-sm"
        >
          <dt className="text-sm font-medium text-muted-foreground">{figure.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums text-foreground">{figure.value}</dd>
          <dd className="text-xs text-muted-foreground">{figure.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
