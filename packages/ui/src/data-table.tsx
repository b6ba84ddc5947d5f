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
  rowKey: (row: Row, index: number) => string;
  /** Rows below the body, e.g. a total. */
  footer?: ReactNode;
  className?: string;
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
  rowKey,
  footer,
  className,
}: DataTableProps<Row>) {
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
      <TableBody>
        {rows.map((row, rowIndex) => (
          <TableRow key={rowKey(row, rowIndex)}>
            {columns.map((column, index) => {
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
          </TableRow>
        ))}
      </TableBody>
      {footer ? <TableFooter>{footer}</TableFooter> : null}
    </Table>
  );
}
