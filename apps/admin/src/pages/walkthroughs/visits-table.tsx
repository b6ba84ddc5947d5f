import { Badge } from "@throughline/ui/badge";
import { formatDay } from "@throughline/ui/format";
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
import type { Visits } from "./types.ts";

/** Every teacher of the school with their walkthroughs in the period, fewest first. */
export function VisitsTable({ teachers }: { teachers: Visits["teachers"] }) {
  return (
    <Table scrollLabel="Walkthrough visits per teacher">
      <TableCaption className="sr-only">
        Walkthroughs per teacher in the period, the teachers visited least first
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="pl-6">Teacher</TableHead>
          <TableHead className="text-right">Visits</TableHead>
          <TableHead>Last visit</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {teachers.map((teacher) => (
          <TableRow key={teacher.teacherId}>
            <TableRowHead className="py-2 pl-6 font-medium">{teacher.name}</TableRowHead>
            <TableCell className="text-right tabular-nums">{teacher.visits}</TableCell>
            <TableCell>
              {teacher.lastVisitOn ? (
                formatDay(teacher.lastVisitOn)
              ) : (
                <Badge variant="warning">Not visited</Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
