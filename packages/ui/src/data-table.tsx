import type { ReactNode } from "react";
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
} from "./table.tsx";
import { cn } from "./utils.ts";

/*
 * A table drawn from a list of columns and a list of rows: the header row, one body row per item
 * and the caption, built from the table parts in table.tsx so it reads, scrolls and takes focus
 * the same way. Pages that only show rows say what each column holds instead of writing the
 * header and row markup again. A table that sorts, or whose rows differ in shape, uses the parts.
 */

const figures = "text-right tabular-nums";

export interface DataColumn<Row> {
  /** The column's name in the header row: text, or e.g. an `<abbr>` or a screen-reader-only span. */
  header: ReactNode;
  /** Tells the columns apart; needed when the header is not plain text or repeats. */
  key?: string;
  /** What a row shows in this column. */
  cell: (row: Row) => ReactNode;
  /** The cell names its row (`<th scope="row">`), so screen readers announce it with each cell. */
  rowHeader?: boolean;
  /** Right-aligned tabular figures, heading and cells alike. */
  numeric?: boolean;
  /** Classes for the column's heading. */
  headClassName?: string;
  /** Classes for the column's cells. */
  className?: string;
}

interface DataTableProps<Row> {
  /** Names the sideways-scrolling region (it takes keyboard focus). */
  scrollLabel: string;
  /** What the table holds; left out where the heading just above says it. */
  caption?: ReactNode;
  /** The caption is read by screen readers only; "" shows it, other classes place it. */
  captionClassName?: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  /**
   * Where a row has something other to say than its figures (e.g. "figures withheld"): the
   * row's header cells, then this in one cell across the other columns. Null draws the row.
   */
  acrossRow?: (row: Row) => ReactNode | null;
  /** Rows below the body drawn with the same columns, e.g. a total. */
  footerRows?: readonly Row[];
  /** Rows below the body, e.g. a total. */
  footer?: ReactNode;
  className?: string;
}

type RowKey<Row> = (row: Row, index: number) => string;

/** A row with an `id` is told apart by it; any other row needs its own `rowKey`. */
type RowKeyProp<Row> = Row extends { id: string }
  ? { rowKey?: RowKey<Row> }
  : { rowKey: RowKey<Row> };

function keyById(row: unknown): string {
  return (row as { id: string }).id;
}

function columnKey<Row>(column: DataColumn<Row>, index: number): string {
  return column.key ?? (typeof column.header === "string" ? column.header : String(index));
}

export function DataTable<Row>({
  scrollLabel,
  caption,
  captionClassName = "sr-only",
  columns,
  rows,
  rowKey = keyById,
  acrossRow,
  footerRows,
  footer,
  className,
}: DataTableProps<Row> & RowKeyProp<Row>) {
  const line = (row: Row, rowIndex: number) => {
    const across = acrossRow?.(row) ?? null;
    const shown = across === null ? columns : columns.filter((column) => column.rowHeader);
    return (
      <TableRow key={rowKey(row, rowIndex)}>
        {shown.map((column, index) => {
          const Cell = column.rowHeader ? TableRowHead : TableCell;
          return (
            <Cell
              key={columnKey(column, index)}
              className={cn(column.numeric && figures, column.className)}
            >
              {column.cell(row)}
            </Cell>
          );
        })}
        {across === null ? null : (
          <TableCell
            colSpan={columns.length - shown.length}
            className="text-muted-foreground italic"
          >
            {across}
          </TableCell>
        )}
      </TableRow>
    );
  };
  return (
    <Table scrollLabel={scrollLabel} className={className}>
      {caption ? <TableCaption className={captionClassName}>{caption}</TableCaption> : null}
      <TableHeader>
        <TableRow>
          {columns.map((column, index) => (
            <TableHead
              key={columnKey(column, index)}
              className={cn(column.numeric && "text-right", column.headClassName)}
            >
              {column.header}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{rows.map(line)}</TableBody>
      {footerRows?.length ? <TableFooter>{footerRows.map(line)}</TableFooter> : null}
      {footer ? <TableFooter>{footer}</TableFooter> : null}
    </Table>
  );
}
