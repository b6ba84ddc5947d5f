import type { OverviewFigures } from "@throughline/domain/admin-overview";
import type { Dashboard } from "@throughline/domain/dashboard";

/** The dashboard's headline figures for the overview, exactly as the dashboard computed them. */
export function figuresOf(
  dashboard: Pick<Dashboard, "metrics" | "asOf">,
  level: Pick<OverviewFigures, "level" | "id" | "name">,
): OverviewFigures {
  const { metrics } = dashboard;
  return {
    ...level,
    teacherCount: metrics.teacherCount,
    completionPercent: metrics.completionPercent,
    sessionsCompleted: metrics.sessionsCompleted,
    sessionsAssigned: metrics.sessionsAssigned,
    meetingsHeld: metrics.meetingsHeld,
    meetingsScheduled: metrics.meetingsScheduled,
    collaborationUsedMinutes: metrics.collaborationUsedMinutes,
    collaborationScheduledMinutes: metrics.collaborationScheduledMinutes,
    stepsDoneWithEvidence: metrics.stepsDoneWithEvidence,
    stepsTotal: metrics.stepsTotal,
    asOf: dashboard.asOf,
  };
}
