import type { StageStatus } from "@throughline/domain/rules/stage-status";
import { Badge, type BadgeVariant } from "./badge.tsx";

const statuses: Record<StageStatus, { label: string; variant: BadgeVariant }> = {
  not_started: { label: "Not started", variant: "neutral" },
  in_progress: { label: "In progress", variant: "info" },
  ready_for_review: { label: "Ready for review", variant: "warning" },
  complete: { label: "Complete", variant: "success" },
};

/** The words for a stage status, for places that need text rather than a badge. */
export function stageStatusLabel(status: StageStatus): string {
  return statuses[status].label;
}

/** Where a teacher stands in a stage, as a badge with the status in words. */
export function StageStatusBadge({ status }: { status: StageStatus }) {
  const { label, variant } = statuses[status];
  return <Badge variant={variant}>{label}</Badge>;
}
