import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type Table as SortableTable,
  type SortingState,
  useReactTable,
} from "@tanstack/react-table";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { useMediaQuery } from "@throughline/ui/use-media-query";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { ObserveLink } from "../observe/observe-link.tsx";
import { CaseloadCards } from "./caseload-cards.tsx";
import { type CaseloadFact, caseloadFacts } from "./caseload-cells.tsx";
import type { CaseloadRow } from "./types.ts";

const statusOrder = { not_started: 1, in_progress: 2, ready_for_review: 3, complete: 4 } as const;

/** A column showing one of the caseload's facts, sorted by `sortValue`. */
function factColumn(
  id: CaseloadFact,
  sortValue: (row: CaseloadRow) => number | string,
  sortingFn?: "text",
): ColumnDef<CaseloadRow> {
  const { label, Cell } = caseloadFacts[id];
  return {
    id,
    header: label,
    accessorFn: sortValue,
    ...(sortingFn ? { sortingFn } : {}),
    cell: ({ row }) => <Cell row={row.original} />,
  };
}

/** Sort keys are plain numbers or text, so the table sorts what the coach reads. */
const columns: ColumnDef<CaseloadRow>[] = [
  {
    id: "teacher",
    header: "Teacher",
    accessorFn: (row) => row.displayName,
    sortingFn: "text",
    cell: ({ row }) => (
      <span className="flex flex-col items-start gap-0.5">
        <Link
          to={`/teachers/${row.original.personId}`}
          className="text-primary underline hover:text-primary-hover"
        >
          {row.original.displayName}
        </Link>
        <ObserveLink teacherId={row.original.personId} teacherName={row.original.displayName} />
      </span>
    ),
  },
  factColumn("team", (row) => row.teams.map((team) => team.name).join(", "), "text"),
  factColumn("stage", (row) => row.stage?.position ?? 0),
  {
    id: "status",
    header: "Status",
    accessorFn: (row) => (row.status ? statusOrder[row.status] : 0),
    cell: ({ row }) =>
      row.original.status ? (
        <StageStatusBadge status={row.original.status} />
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  factColumn("micropd", (row) =>
    row.sessionsTotal > 0 ? row.sessionsCompleted / row.sessionsTotal : -1,
  ),
  factColumn("steps", (row) => (row.stepsTotal > 0 ? row.stepsDone / row.stepsTotal : -1)),
  factColumn("lastMeeting", (row) => row.lastMeetingAt?.getTime() ?? 0),
  factColumn("flags", (row) => row.flags.length),
];

function ariaSort(direction: false | "asc" | "desc") {
  if (direction === "asc") return "ascending";
  if (direction === "desc") return "descending";
  return "none";
}

export interface CaseloadTableProps {
  rows: CaseloadRow[];
  /** Visible caption: what the table shows. */
  caption: string;
  /** Shown in place of rows when nothing matches. */
  empty: ReactNode;
}

/**
 * Teachers with their progress and flags; every column sorts from its header button. On a phone
 * the same rows, in the same order, are cards instead (only one of the two is drawn).
 */
export function CaseloadTable({ rows, caption, empty }: CaseloadTableProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  // Tailwind's `md`: only the layout that shows is drawn, not both with one hidden by CSS.
  const wide = useMediaQuery("(min-width: 48rem)");

  if (rows.length === 0) return <>{empty}</>;
  if (wide) return <CaseloadGrid table={table} caption={caption} />;
  return (
    <CaseloadCards rows={table.getRowModel().rows.map((row) => row.original)} caption={caption} />
  );
}

function CaseloadGrid({ table, caption }: { table: SortableTable<CaseloadRow>; caption: string }) {
  return (
    <Table scrollLabel={caption} className="min-w-[66rem]">
      <TableCaption className="mt-0 mb-3 caption-top">{caption}</TableCaption>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
              return (
                <TableHead key={header.id} aria-sort={ariaSort(sorted)} className="px-3">
                  <button
                    type="button"
                    onClick={header.column.getToggleSortingHandler()}
                    className="inline-flex items-center gap-1 rounded-sm py-1 font-semibold uppercase hover:text-foreground"
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <Icon aria-hidden="true" className="size-3.5" />
                  </button>
                </TableHead>
              );
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id}>
            {row.getVisibleCells().map((cell) =>
              cell.column.id === "teacher" ? (
                <TableHead
                  key={cell.id}
                  scope="row"
                  className="h-auto px-3 py-3 align-top text-sm font-medium tracking-normal whitespace-normal text-foreground normal-case"
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TableHead>
              ) : (
                <TableCell key={cell.id} className="px-3 align-top">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
