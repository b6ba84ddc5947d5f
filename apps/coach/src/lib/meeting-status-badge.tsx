import type { MeetingStatus } from "@throughline/domain/enums";
import { Badge, type BadgeVariant } from "@throughline/ui/badge";

const statuses: Record<MeetingStatus, { label: string; variant: BadgeVariant }> = {
  scheduled: { label: "Scheduled", variant: "neutral" },
  in_progress: { label: "In progress", variant: "info" },
  closed: { label: "Held", variant: "success" },
  cancelled: { label: "Cancelled", variant: "danger" },
};

/** Where a support meeting stands, as a badge with the status in words. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { label, variant } = statuses[status];
  return <Badge variant={variant}>{label}</Badge>;
}
