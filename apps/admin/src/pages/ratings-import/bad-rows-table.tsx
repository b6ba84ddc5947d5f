import { DataTable } from "@throughline/ui/data-table";
import type { RatingsPreview } from "./types.ts";

type BadRow = RatingsPreview["badRows"][number];

/** Each bad row with its line as a spreadsheet numbers it (the header is line 1). */
export function BadRowsTable({ rows }: { rows: readonly BadRow[] }) {
  return (
    <DataTable
      scrollLabel="Rows to fix"
      caption="Rows to fix in the file, by line"
      rows={rows}
      rowKey={(row) => `${row.line}-${row.reason}`}
      columns={[
        {
          header: "Line",
          rowHeader: true,
          numeric: true,
          headClassName: "pl-6",
          className: "w-20 py-2 pl-6 font-medium",
          cell: (row) => row.line,
        },
        { header: "What to fix", cell: (row) => row.reason },
      ]}
    />
  );
}
