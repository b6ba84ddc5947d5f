import { Badge } from "@throughline/ui/badge";
import { formatDay } from "@throughline/ui/format";
import { ChevronRight } from "lucide-react";
import { Link } from "react-router";

export interface ObservationRow {
  id: string;
  teacherName: string;
  observerName: string;
  kind: "coaching" | "walkthrough";
  status: "draft" | "published";
  observedOn: string;
}

/**
 * Observations as a list of whole-row links, one per line on a phone: who, when, by whom. A
 * draft opens the recording screen; a published one the read-only view.
 */
export function ObservationRows({
  rows,
  label,
}: {
  rows: readonly ObservationRow[];
  /** Names the list for screen readers. */
  label: string;
}) {
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-border">
      {rows.map((row) => {
        const draft = row.status === "draft";
        return (
          <li key={row.id}>
            <Link
              to={draft ? `/observations/${row.id}/record` : `/observations/${row.id}`}
              className="flex min-h-14 items-center gap-3 px-6 py-3 hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="font-medium text-foreground">{row.teacherName}</span>
                <span className="text-sm text-muted-foreground">
                  {row.kind === "coaching" ? "Coaching observation" : "Walkthrough"} ·{" "}
                  {formatDay(row.observedOn)} · by {row.observerName}
                </span>
              </span>
              {draft ? <Badge variant="warning">Draft</Badge> : null}
              <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
