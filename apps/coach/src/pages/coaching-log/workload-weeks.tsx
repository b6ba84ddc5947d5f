import type { CoachWorkloadWeek } from "@throughline/domain/coaching-log";
import { DataTable } from "@throughline/ui/data-table";
import { formatDay } from "@throughline/ui/format";

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex flex-col rounded-md border border-border bg-surface p-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-3xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** This week in three figures, then the weeks before it in a table. */
export function WorkloadWeeks({ weeks }: { weeks: readonly CoachWorkloadWeek[] }) {
  const [thisWeek, ...before] = weeks;
  return (
    <div className="flex flex-col gap-4">
      {thisWeek ? (
        <dl className="grid grid-cols-3 gap-3" aria-label={`Week of ${formatDay(thisWeek.weekOf)}`}>
          <Figure label="Interactions" value={thisWeek.interactions} />
          <Figure label="Minutes" value={thisWeek.minutes} />
          <Figure label="Teachers reached" value={thisWeek.teachersReached} />
        </dl>
      ) : null}
      <DataTable
        scrollLabel="Earlier weeks"
        caption={`The ${before.length} weeks before this one`}
        captionClassName=""
        rows={before}
        rowKey={(week) => week.weekOf}
        columns={[
          { header: "Week of", rowHeader: true, cell: (week) => formatDay(week.weekOf) },
          { header: "Interactions", className: "tabular-nums", cell: (week) => week.interactions },
          { header: "Minutes", className: "tabular-nums", cell: (week) => week.minutes },
          { header: "Teachers", className: "tabular-nums", cell: (week) => week.teachersReached },
        ]}
      />
    </div>
  );
}
