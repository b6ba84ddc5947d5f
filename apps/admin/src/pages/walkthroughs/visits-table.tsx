import { Badge } from "@throughline/ui/badge";
import { DataTable } from "@throughline/ui/data-table";
import { formatDay } from "@throughline/ui/format";
import type { Visits } from "./types.ts";

/** Every teacher of the school with their walkthroughs in the period, fewest first. */
export function VisitsTable({ teachers }: { teachers: Visits["teachers"] }) {
  return (
    <DataTable
      scrollLabel="Walkthrough visits per teacher"
      caption="Walkthroughs per teacher in the period, the teachers visited least first"
      rows={teachers}
      rowKey={(teacher) => teacher.teacherId}
      columns={[
        {
          header: "Teacher",
          rowHeader: true,
          headClassName: "pl-6",
          className: "py-2 pl-6 font-medium",
          cell: (teacher) => teacher.name,
        },
        { header: "Visits", numeric: true, cell: (teacher) => teacher.visits },
        {
          header: "Last visit",
          cell: (teacher) =>
            teacher.lastVisitOn ? (
              formatDay(teacher.lastVisitOn)
            ) : (
              <Badge variant="warning">Not visited</Badge>
            ),
        },
      ]}
    />
  );
}
