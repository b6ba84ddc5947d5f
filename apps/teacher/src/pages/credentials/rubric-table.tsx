import { Card } from "@throughline/ui/card";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";
import type { Definition } from "./types.ts";

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
      <Table scrollLabel={`Rubric of ${definition.name}`}>
        <TableCaption className="sr-only">
          The rubric reviewers score against: one level per criterion.
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead className="sticky left-0 z-10 min-w-36 bg-muted pl-4 sm:pl-6">
              Criterion
            </TableHead>
            {levels.map((level) => (
              <TableHead key={level.key} className="min-w-52">
                {level.label}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {criteria.map((criterion) => (
            <TableRow key={criterion.key}>
              <TableRowHead
                // The criterion stays in view while the levels scroll sideways on a phone.
                className="sticky left-0 z-10 min-w-36 bg-surface py-3 pl-4 align-top whitespace-normal sm:pl-6"
              >
                {criterion.name}
              </TableRowHead>
              {levels.map((level) => (
                <TableCell key={level.key} className="align-top text-sm whitespace-normal">
                  {criterion.descriptors[level.key]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
