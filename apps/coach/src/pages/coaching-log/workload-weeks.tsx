import type { CoachWorkloadWeek } from "@throughline/domain/coaching-log";
import { formatDay } from "@throughline/ui/format";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableColumns,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";

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
      <Table scrollLabel="Earlier weeks">
        <TableCaption>The {before.length} weeks before this one</TableCaption>
        <TableColumns names={["Week of", "Interactions", "Minutes", "Teachers"]} />
        <TableBody>
          {before.map((week) => (
            <TableRow key={week.weekOf}>
              <TableRowHead>{formatDay(week.weekOf)}</TableRowHead>
              <TableCell className="tabular-nums">{week.interactions}</TableCell>
              <TableCell className="tabular-nums">{week.minutes}</TableCell>
              <TableCell className="tabular-nums">{week.teachersReached}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
