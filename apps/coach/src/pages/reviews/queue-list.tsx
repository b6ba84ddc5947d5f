import type { RouterOutputs } from "@throughline/api/types";
import { Badge } from "@throughline/ui/badge";
import { ListRow } from "@throughline/ui/list-row";
import { Link } from "react-router";

type QueueItem = RouterOutputs["credentialReviews"]["queue"]["toReview"][number];

const daysLabel = (days: number) => (days === 1 ? "1 day" : `${days} days`);

/** Submissions waiting for me, oldest first, each with how long it has waited. */
export function QueueList({ items, action }: { items: readonly QueueItem[]; action: string }) {
  return (
    <ul className="flex flex-col gap-2">
      {items.map((item) => (
        <ListRow key={item.submissionId}>
          <span className="flex min-w-0 flex-col">
            <Link
              to={`/reviews/${item.submissionId}`}
              className="font-medium text-primary underline hover:text-primary-hover"
            >
              {item.credentialName}
              <span className="sr-only"> — {action}</span>
            </Link>
            <span className="text-sm text-muted-foreground">
              {item.label}
              {item.teacher?.school ? ` · ${item.teacher.school}` : ""} · attempt {item.attempt}
            </span>
          </span>
          <span className="flex flex-wrap items-center gap-1.5">
            {item.draftSaved ? <Badge variant="info">Draft saved</Badge> : null}
            <Badge variant={item.overdue ? "warning" : "neutral"}>
              Waiting {daysLabel(item.waitingDays)}
              {item.overdue ? " (overdue)" : ""}
            </Badge>
          </span>
        </ListRow>
      ))}
    </ul>
  );
}
