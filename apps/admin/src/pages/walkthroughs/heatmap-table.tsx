import { type DataColumn, DataTable } from "@throughline/ui/data-table";
import { HeatmapCellContent } from "./heatmap-cell.tsx";
import type { Heatmap, HeatmapRow, SelectedCell } from "./types.ts";

interface HeatmapTableProps {
  heatmap: Heatmap;
  selected: SelectedCell | null;
  onSelect: (cell: SelectedCell) => void;
}

/** Rows are the framework's indicators, columns the school's teams and the whole school. */
export function HeatmapTable({ heatmap, selected, onSelect }: HeatmapTableProps) {
  const indicatorLabel = (row: HeatmapRow) => {
    const indicator = heatmap.indicators.find((entry) => entry.id === row.indicatorId);
    return indicator ? `${indicator.code} ${indicator.title}` : "Indicator";
  };
  const teamColumns = heatmap.teams.map(
    (team): DataColumn<HeatmapRow> => ({
      key: team.id,
      header: team.name,
      headClassName: "min-w-28 px-2 whitespace-normal",
      className: "px-2 py-2 align-middle",
      cell: (row) => {
        const cell = row.cells.find((entry) => entry.teamId === team.id);
        if (!cell) return null;
        const label = indicatorLabel(row);
        return (
          <HeatmapCellContent
            cell={cell}
            levelCount={heatmap.levels.length}
            minimumTeachers={heatmap.minimumTeachers}
            context={`${team.name}, ${label}`}
            selected={selected?.teamId === team.id && selected.indicatorId === row.indicatorId}
            onSelect={() =>
              onSelect({
                teamId: team.id,
                teamName: team.name,
                indicatorId: row.indicatorId,
                indicatorLabel: label,
              })
            }
          />
        );
      },
    }),
  );
  return (
    <DataTable
      scrollLabel="Walkthrough levels by indicator and team"
      caption={`The middle level seen in walkthroughs for each indicator and team, with the number of teachers. Cells with fewer than ${heatmap.minimumTeachers} teachers are not shown.`}
      rows={heatmap.rows}
      rowKey={(row) => row.indicatorId}
      columns={[
        {
          header: "Indicator",
          rowHeader: true,
          headClassName: "pl-6",
          className: "w-40 min-w-36 py-2 pl-6 font-medium whitespace-normal sm:w-56",
          cell: indicatorLabel,
        },
        ...teamColumns,
      ]}
    />
  );
}
