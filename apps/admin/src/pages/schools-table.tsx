import { type DataColumn, DataTable } from "@throughline/ui/data-table";
import { TableCell, TableRow, TableRowHead } from "@throughline/ui/table";
import type { School, Stage } from "../lib/types.ts";

function countIn(school: School, stage: Stage): number {
  return school.byStage.find((entry) => entry.stageId === stage.id)?.count ?? 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

const numberCell = "text-right tabular-nums";

/** The sums of every column over all schools. */
function TotalRow({ schools, stages }: { schools: readonly School[]; stages: readonly Stage[] }) {
  return (
    <TableRow>
      <TableRowHead className="py-3 pl-6 font-semibold">All schools</TableRowHead>
      <TableCell className={numberCell}>
        {sum(schools.map((school) => school.teacherCount))}
      </TableCell>
      <TableCell className={numberCell}>
        {sum(schools.map((school) => school.notEnrolled))}
      </TableCell>
      {stages.map((stage) => (
        <TableCell key={stage.id} className={numberCell}>
          {sum(schools.map((school) => countIn(school, stage)))}
        </TableCell>
      ))}
    </TableRow>
  );
}

/** Teachers per stage, one row per school, with a total row when there are several schools. */
export function SchoolsTable({
  schools,
  stages,
}: {
  schools: readonly School[];
  stages: readonly Stage[];
}) {
  // The server lists stages program by program; with several programs each names its own.
  const ordered = stages;
  const severalPrograms = new Set(stages.map((stage) => stage.programTitle)).size > 1;
  const nameOf = (stage: Stage) =>
    severalPrograms ? `${stage.programTitle} · Stage ${stage.position}` : `Stage ${stage.position}`;
  return (
    <div className="flex flex-col gap-4">
      <DataTable
        scrollLabel="Teachers by stage in each school"
        className="border-b border-border"
        caption="Teachers in each school: how many there are, how many are not enrolled in a stage, and how many are in each stage"
        rows={schools}
        columns={[
          {
            header: "School",
            rowHeader: true,
            headClassName: "pl-6",
            className: "py-3 pl-6 font-medium",
            cell: (school) => school.name,
          },
          { header: "Teachers", numeric: true, cell: (school) => school.teacherCount },
          { header: "Not enrolled", numeric: true, cell: (school) => school.notEnrolled },
          ...ordered.map(
            (stage): DataColumn<School> => ({
              key: stage.id,
              header: (
                <abbr title={stage.title} className="no-underline">
                  {nameOf(stage)}
                </abbr>
              ),
              numeric: true,
              cell: (school) => countIn(school, stage),
            }),
          ),
        ]}
        footer={schools.length > 1 ? <TotalRow schools={schools} stages={ordered} /> : null}
      />
      <div className="px-6">
        <h3 className="text-sm font-semibold text-foreground">Stages</h3>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {ordered.map((stage) => (
            <div key={stage.id} className="contents">
              <dt className="font-medium text-foreground">{nameOf(stage)}</dt>
              <dd className="text-muted-foreground">{stage.title}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
