import { meetingsCountLabels } from "@throughline/domain/dashboard";
import { type Figure, FigureList } from "../../lib/figure-list.tsx";
import { numberText, ofText, percentText } from "./figures.ts";
import type { DashboardMetrics } from "./types.ts";

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

/** The level's key figures as cards. */
export function HeadlineFigures({ metrics, level }: { metrics: DashboardMetrics; level: string }) {
  return <FigureList figures={figuresOf(metrics, level)} />;
}
