import type { OutboxMessageSummary } from "@throughline/domain/notification";
import { Badge, type BadgeVariant } from "@throughline/ui/badge";

type StatusFacts = Pick<OutboxMessageSummary, "status" | "attempts" | "deliveredVia">;

/** How a message's state reads on the page: where it went, or why it has not gone yet. */
function describeStatus(message: StatusFacts): { label: string; variant: BadgeVariant } {
  if (message.status === "sent") {
    return message.deliveredVia === "file"
      ? { label: "Kept as .eml (no SMTP server)", variant: "info" }
      : { label: "Sent", variant: "success" };
  }
  if (message.status === "failed") return { label: "Failed", variant: "danger" };
  // A worker holds it right now; the next refresh shows where it went.
  if (message.status === "sending") return { label: "Sending", variant: "neutral" };
  // Pending: a message that already failed once is being retried.
  return message.attempts > 0
    ? { label: "Retrying", variant: "warning" }
    : { label: "Waiting", variant: "neutral" };
}

export function StatusBadge({ message }: { message: StatusFacts }) {
  const { label, variant } = describeStatus(message);
  return <Badge variant={variant}>{label}</Badge>;
}
