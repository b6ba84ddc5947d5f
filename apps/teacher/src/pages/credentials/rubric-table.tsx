import { Card } from "@throughline/ui/card";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import type { Definition } from "./types.ts";

/** The rubric: a row per criterion, a column per level, each cell its descriptor. */
export function RubricTable({ definition }: { definition: Definition }) {
  const { levels, criteria } = definition.rubric;
  return (
    <Card className="overflow-hidden">
      <Table scrollLabel={`Rubric of ${definition.name}`}>
        <TableCaption className="px-4 pb-4 text-left sm:px-6">
          The rubric reviewers score against: one level per criterion.
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead className="min-w-40 pl-4 sm:pl-6">Criterion</TableHead>
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
              <TableHead scope="row" className="pl-4 align-top text-foreground normal-case sm:pl-6">
                {criterion.name}
              </TableHead>
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
