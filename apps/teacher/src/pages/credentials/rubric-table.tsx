import { Card } from "@throughline/ui/card";
import { type DataColumn, DataTable } from "@throughline/ui/data-table";
import type { Definition } from "./types.ts";

type Criterion = Definition["rubric"]["criteria"][number];

/** The rubric: a row per criterion, a column per level, each cell its descriptor. */
export function RubricTable({ definition }: { definition: Definition }) {
  const { levels, criteria } = definition.rubric;
  return (
    <Card className="overflow-hidden">
      {/* Said above the table rather than in a caption under it: a wide rubric scrolls sideways
          on a phone, and a caption would scroll out of view with it. */}
      <p aria-hidden="true" className="px-4 pt-4 pb-3 text-sm text-muted-foreground sm:px-6">
        The rubric reviewers score against: one level per criterion.
      </p>
      <DataTable
        scrollLabel={`Rubric of ${definition.name}`}
        caption="The rubric reviewers score against: one level per criterion."
        rows={criteria}
        rowKey={(criterion) => criterion.key}
        columns={[
          {
            header: "Criterion",
            rowHeader: true,
            headClassName: "sticky left-0 z-10 min-w-36 bg-muted pl-4 sm:pl-6",
            // The criterion stays in view while the levels scroll sideways on a phone.
            className:
              "sticky left-0 z-10 min-w-36 bg-surface py-3 pl-4 align-top whitespace-normal sm:pl-6",
            cell: (criterion) => criterion.name,
          },
          ...levels.map(
            (level): DataColumn<Criterion> => ({
              key: level.key,
              header: level.label,
              headClassName: "min-w-52",
              className: "align-top text-sm whitespace-normal",
              cell: (criterion) => criterion.descriptors[level.key],
            }),
          ),
        ]}
      />
    </Card>
  );
}
