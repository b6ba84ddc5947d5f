import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatDay } from "@throughline/ui/format";
import { ListRow } from "@throughline/ui/list-row";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { Eye } from "lucide-react";
import { Link } from "react-router";
import { NewObservationChooser } from "./new-observation-chooser.tsx";

type Recorded = RouterOutputs["observations"]["recorded"][number];

const kindLabel = (row: Recorded) => (row.kind === "coaching" ? "Coaching" : "Walkthrough");
const indicatorsLabel = (count: number) => `${count} ${count === 1 ? "indicator" : "indicators"}`;

/** What the teacher has done with a published observation. */
function Response({ row }: { row: Recorded }) {
  if (row.access !== "content") return null;
  if (!row.reflected && !row.acknowledged) return <Badge>Not yet answered</Badge>;
  return (
    <span className="flex flex-wrap gap-1.5">
      {row.reflected ? <Badge variant="info">Reflected</Badge> : null}
      {row.acknowledged ? <Badge variant="success">Acknowledged</Badge> : null}
    </span>
  );
}

function Row({ row }: { row: Recorded }) {
  const draft = row.status === "draft";
  return (
    <ListRow>
      <span className="flex min-w-0 flex-col">
        <Link
          to={draft ? `/observe/${row.id}` : `/observations/${row.id}`}
          className="font-medium text-primary underline hover:text-primary-hover"
        >
          {row.teacherName}
        </Link>
        <span className="text-sm text-muted-foreground">
          {kindLabel(row)} · {formatDay(row.observedOn)} · {indicatorsLabel(row.indicatorCount)}
        </span>
      </span>
      {draft ? (
        <Link
          to={`/observe/${row.id}`}
          className={buttonClasses({ variant: "secondary", size: "md" })}
        >
          Continue<span className="sr-only"> the draft of {row.teacherName}</span>
        </Link>
      ) : (
        <Response row={row} />
      )}
    </ListRow>
  );
}

function Section({ title, rows }: { title: string; rows: readonly Recorded[] }) {
  if (rows.length === 0) return null;
  return (
    <TitledSection headingId={`${title.toLowerCase()}-heading`} title={`${title} (${rows.length})`}>
      <ul className="flex flex-col gap-2">
        {rows.map((row) => (
          <Row key={row.id} row={row} />
        ))}
      </ul>
    </TitledSection>
  );
}

/** The observations the coach recorded: drafts to pick up again first, then published ones. */
export function ObservationsPage() {
  const recorded = useQuery(trpc.observations.recorded.queryOptions());
  const header = (
    <PageHeader
      title="Observations"
      description="Classroom visits you recorded, and how teachers answered them."
    />
  );
  if (!recorded.isSuccess) {
    return (
      <>
        {header}
        <QueryState query={recorded} about="your observations" />
      </>
    );
  }
  const drafts = recorded.data.filter((row) => row.status === "draft");
  const published = recorded.data.filter((row) => row.status === "published");
  return (
    <>
      {header}
      <div className="flex max-w-3xl flex-col gap-8">
        <NewObservationChooser />
        {recorded.data.length === 0 ? (
          <EmptyState
            title="No observations yet"
            icon={Eye}
            action={
              <Link to="/" className={buttonClasses({ variant: "secondary" })}>
                Go to your caseload
              </Link>
            }
          >
            <p>
              Choose a teacher above, or use the Observe link next to a teacher in your caseload.
            </p>
          </EmptyState>
        ) : (
          <>
            <Section title="Drafts" rows={drafts} />
            <Section title="Published" rows={published} />
          </>
        )}
      </div>
    </>
  );
}
