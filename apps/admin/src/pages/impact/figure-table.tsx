import { SMALL_GROUP_LABEL, type Withheld } from "@throughline/domain/rules/small-group";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";

interface FigureColumn<T> {
  header: string;
  /** Words, not figures: aligned left. */
  text?: boolean;
  cell: (figures: T) => string | number;
}

interface FigureRow<T> {
  key: string;
  label: string;
  result: Withheld<T>;
}

interface FigureTableProps<T> {
  caption: string;
  /** The first column's heading ("School", "Indicator"). */
  rowHeader: string;
  columns: readonly FigureColumn<T>[];
  rows: readonly FigureRow<T>[];
  /** A last row below the others, e.g. every teacher once. */
  total?: FigureRow<T>;
}

/**
 * The table behind a chart: one row per group, its figures or — for fewer than three teachers —
 * "fewer than 3" across the row, never a number. Printed with the chart it explains.
 */
export function FigureTable<T>({ caption, rowHeader, columns, rows, total }: FigureTableProps<T>) {
  const line = (row: FigureRow<T>) => (
    <TableRow key={row.key}>
      <TableRowHead>{row.label}</TableRowHead>
      {row.result.withheld ? (
        <TableCell colSpan={columns.length} className="text-muted-foreground italic">
          {SMALL_GROUP_LABEL} teachers: figures withheld
        </TableCell>
      ) : (
        columns.map((column) => (
          <TableCell
            key={column.header}
            className={column.text ? undefined : "text-right tabular-nums"}
          >
            {row.result.withheld ? null : column.cell(row.result.figures)}
          </TableCell>
        ))
      )}
    </TableRow>
  );
  return (
    // On paper nothing scrolls: the table wraps its headings and fits the page instead.
    <div className="print:text-xs print:[&_section]:overflow-visible print:[&_th]:whitespace-normal">
      <Table scrollLabel={caption}>
        <TableCaption className="sr-only">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>{rowHeader}</TableHead>
            {columns.map((column) => (
              <TableHead key={column.header} className={column.text ? undefined : "text-right"}>
                {column.header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{rows.map(line)}</TableBody>
        {total ? <TableFooter>{line(total)}</TableFooter> : null}
      </Table>
    </div>
  );
}
