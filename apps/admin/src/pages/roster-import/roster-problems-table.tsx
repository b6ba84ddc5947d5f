import { DataTable } from "@throughline/ui/data-table";
import type { RosterReview } from "./types.ts";

type Problem = RosterReview["badRows"][number];

/** Problems by file and line, the line counted as a spreadsheet does (the header is line 1). */
export function RosterProblemsTable({ label, rows }: { label: string; rows: readonly Problem[] }) {
  return (
    <DataTable
      scrollLabel={label}
      caption={`${label}, by file and line`}
      rows={rows}
      rowKey={(row) => `${row.file}-${row.line}-${row.reason}`}
      columns={[
        {
          header: "File",
          rowHeader: true,
          headClassName: "pl-6",
          className: "py-2 pl-6 font-medium",
          cell: (row) => row.file,
        },
        { header: "Line", numeric: true, cell: (row) => row.line ?? "—" },
        { header: "What to fix", cell: (row) => row.reason },
      ]}
    />
  );
}
