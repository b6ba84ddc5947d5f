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
import type { RosterReview } from "./types.ts";

/** Problems by file and line, the line counted as a spreadsheet does (the header is line 1). */
export function RosterProblemsTable({
  label,
  rows,
}: {
  label: string;
  rows: RosterReview["badRows"];
}) {
  return (
    <Table scrollLabel={label}>
      <TableCaption className="sr-only">{label}, by file and line</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="pl-6">File</TableHead>
          <TableHead className="text-right">Line</TableHead>
          <TableHead>What to fix</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.file}-${row.line}-${row.reason}`}>
            <TableRowHead className="py-2 pl-6 font-medium">{row.file}</TableRowHead>
            <TableCell className="text-right tabular-nums">{row.line ?? "—"}</TableCell>
            <TableCell>{row.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
