import { SMALL_GROUP_LABEL, type Withheld } from "@throughline/domain/rules/small-group";
import { DataTable } from "@throughline/ui/data-table";

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
  return (
    // On paper nothing scrolls: the table wraps its headings and fits the page instead.
    <div className="print:text-xs print:[&_section]:overflow-visible print:[&_th]:whitespace-normal">
      <DataTable
        scrollLabel={caption}
        caption={caption}
        rows={rows}
        rowKey={(row) => row.key}
        footerRows={total ? [total] : []}
        acrossRow={(row) =>
          row.result.withheld ? `${SMALL_GROUP_LABEL} teachers: figures withheld` : null
        }
        columns={[
          { header: rowHeader, rowHeader: true, cell: (row) => row.label },
          ...columns.map((column) => ({
            header: column.header,
            numeric: !column.text,
            cell: (row: FigureRow<T>) =>
              row.result.withheld ? null : column.cell(row.result.figures),
          })),
        ]}
      />
    </div>
  );
}
