import type { ReactNode } from "react";
import type { DataColumn } from "./data-table.tsx";

/**
 * A `DataTable` column of the rows' buttons: its heading is for screen readers only (the
 * buttons say what they do), like `TableColumns`' `actionsLabel` for tables built from parts.
 */
export function buttonColumn<Row>(
  label: string,
  cell: (row: Row) => ReactNode,
  className?: string,
): DataColumn<Row> {
  return { key: label, header: <span className="sr-only">{label}</span>, cell, className };
}
