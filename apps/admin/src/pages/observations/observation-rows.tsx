import { Badge } from "@throughline/ui/badge";
import { formatDay } from "@throughline/ui/format";
import { LinkRow } from "@throughline/ui/link-row";

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
            <LinkRow
              to={draft ? `/observations/${row.id}/record` : `/observations/${row.id}`}
              title={row.teacherName}
              badge={draft ? <Badge variant="warning">Draft</Badge> : null}
            >
              <span className="text-sm text-muted-foreground">
                {row.kind === "coaching" ? "Coaching observation" : "Walkthrough"} ·{" "}
                {formatDay(row.observedOn)} · by {row.observerName}
              </span>
            </LinkRow>
          </li>
        );
      })}
    </ul>
  );
}
