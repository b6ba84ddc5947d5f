import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
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
            <TableHead
              scope="row"
              className="h-auto py-2 pl-6 text-sm font-medium tracking-normal text-foreground normal-case"
            >
              {row.file}
            </TableHead>
            <TableCell className="text-right tabular-nums">{row.line ?? "—"}</TableCell>
            <TableCell>{row.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
