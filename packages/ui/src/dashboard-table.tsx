import { stringify } from "csv-stringify/browser/esm/sync";
import { Download } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button.tsx";
import { saveCsvFile } from "./csv-download-button.tsx";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "./table.tsx";
import { cn } from "./utils.ts";

/*
 * The table behind every dashboard chart (and the drill-down tables), with a "Download CSV"
 * button that exports exactly the rows and columns shown. Props only: the apps fetch.
 */

type DashboardCell = string | number;

interface DashboardColumn {
  key: string;
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

interface DashboardTableRow {
  key: string;
  cells: Record<string, DashboardCell>;
  /** Rendered in place of the first column's text, e.g. a drill-down link. */
  lead?: ReactNode;
}

interface DashboardTableProps {
  /** Read by screen readers and used as the scroll region's name. */
  caption: string;
  columns: readonly DashboardColumn[];
  rows: readonly DashboardTableRow[];
  /** "maple-valley-teams.csv" */
  csvFileName: string;
  className?: string;
}

/**
 * The rows as CSV text: a header row, then one line per row. The byte-order mark lets
 * spreadsheet apps read accented names; formula-like text is escaped.
 */
function dashboardCsv(
  columns: readonly DashboardColumn[],
  rows: readonly DashboardTableRow[],
): string {
  const body = stringify(
    [
      columns.map((column) => column.header),
      ...rows.map((row) => columns.map((column) => row.cells[column.key] ?? "")),
    ],
    { escape_formulas: true },
  );
  return `\uFEFF${body}`;
}

export function DashboardTable({
  caption,
  columns,
  rows,
  csvFileName,
  className,
}: DashboardTableProps) {
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <Table scrollLabel={caption}>
        <TableCaption className="sr-only">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHead key={column.key} className={column.numeric ? "text-right" : undefined}>
                {column.header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {columns.map((column, index) => (
                <TableCell
                  key={column.key}
                  className={column.numeric ? "text-right tabular-nums" : undefined}
                >
                  {index === 0 && row.lead ? row.lead : row.cells[column.key]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => saveCsvFile(csvFileName, dashboardCsv(columns, rows))}
          aria-label={`Download CSV: ${caption}`}
        >
          <Download aria-hidden="true" />
          Download CSV
        </Button>
      </div>
    </div>
  );
}
