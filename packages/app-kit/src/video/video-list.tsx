import type { RouterOutputs } from "@throughline/api/types";
import { formatFileSize } from "@throughline/domain/evidence";
import { Badge } from "@throughline/ui/badge";
import { Link } from "react-router";
import { formatMoment } from "./moment.tsx";

type Row = RouterOutputs["video"]["mine"]["videos"][number] & { ownerName?: string };

const statusBadge = {
  processing: <Badge variant="warning">Preparing</Badge>,
  ready: <Badge variant="success">Ready</Badge>,
  failed: <Badge variant="danger">Could not be prepared</Badge>,
} as const;

/** Videos as whole-row links to their page, with their state, length and date. */
export function VideoList({
  rows,
  linkTo,
}: {
  rows: readonly Row[];
  linkTo: (id: string) => string;
}) {
  return (
    <ul className="flex max-w-3xl flex-col gap-2">
      {rows.map((row) => (
        <li key={row.id}>
          <Link
            to={linkTo(row.id)}
            className="flex flex-col gap-1 rounded-lg border border-border bg-surface p-4 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
          >
            <span className="flex flex-wrap items-center gap-2 font-medium">
              {row.title} {statusBadge[row.status]}
            </span>
            <span className="text-muted-foreground text-sm">
              {row.ownerName ? `${row.ownerName} · ` : ""}
              {row.createdAt.toLocaleDateString()}
              {row.durationSeconds !== null ? ` · ${formatMoment(row.durationSeconds)}` : ""} ·{" "}
              {formatFileSize(row.sizeBytes)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
