import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { ObservationRowLink } from "@throughline/ui/observation-row-link";
import { Eye } from "lucide-react";
import { Link } from "react-router";

type Row = RouterOutputs["observations"]["forTeacher"][number];

function RowStatus({ row }: { row: Row }) {
  if (row.status === "draft") return <Badge variant="warning">Draft</Badge>;
  if (row.access === "facts") return <Badge>Content not shared</Badge>;
  return (
    <span className="flex flex-wrap gap-1.5">
      <Badge variant="success">Published</Badge>
      {row.reflected ? <Badge variant="info">Reflected</Badge> : null}
      {row.acknowledged ? <Badge>Acknowledged</Badge> : null}
    </span>
  );
}

/** A teacher's observations as the viewer may see them, with the way to observe again. */
export function ObservationList({
  teacherId,
  teacherName,
}: {
  teacherId: string;
  teacherName: string;
}) {
  const list = useQuery(trpc.observations.forTeacher.queryOptions({ teacherId }));
  const observe = (
    <Link to={`/observe/new?teacherId=${teacherId}`} className={buttonClasses({ size: "lg" })}>
      <Eye aria-hidden="true" />
      Observe {teacherName}
    </Link>
  );
  if (!list.isSuccess) {
    return <QueryState query={list} about="observations" />;
  }
  if (list.data.length === 0) {
    return (
      <EmptyState title="Not observed yet" headingLevel={3} icon={Eye} action={observe}>
        <p>Observations you record of {teacherName} appear here.</p>
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <div>{observe}</div>
      <ul className="flex flex-col gap-2">
        {list.data.map((row) => (
          <li key={row.id}>
            <ObservationRowLink
              to={
                row.status === "draft" && row.mine
                  ? `/observe/${row.id}`
                  : `/observations/${row.id}`
              }
              kindLabel={row.kind === "coaching" ? "Coaching" : "Walkthrough"}
              observedOn={row.observedOn}
              observerName={row.observerName}
            >
              <RowStatus row={row} />
            </ObservationRowLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
