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
import type { RatingsPreview } from "./types.ts";

/** Each bad row with its line as a spreadsheet numbers it (the header is line 1). */
export function BadRowsTable({ rows }: { rows: RatingsPreview["badRows"] }) {
  return (
    <Table scrollLabel="Rows to fix">
      <TableCaption className="sr-only">Rows to fix in the file, by line</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="pl-6 text-right">Line</TableHead>
          <TableHead>What to fix</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.line}-${row.reason}`}>
            <TableRowHead className="w-20 py-2 pl-6 text-right font-medium tabular-nums">
              {row.line}
            </TableRowHead>
            <TableCell>{row.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
