import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";
import { HeatmapCellContent } from "./heatmap-cell.tsx";
import type { Heatmap, SelectedCell } from "./types.ts";

interface HeatmapTableProps {
  heatmap: Heatmap;
  selected: SelectedCell | null;
  onSelect: (cell: SelectedCell) => void;
}

/** Rows are the framework's indicators, columns the school's teams and the whole school. */
export function HeatmapTable({ heatmap, selected, onSelect }: HeatmapTableProps) {
  const teamName = new Map(heatmap.teams.map((team) => [team.id, team.name]));
  return (
    <Table scrollLabel="Walkthrough levels by indicator and team">
      <TableCaption className="sr-only">
        The middle level seen in walkthroughs for each indicator and team, with the number of
        teachers. Cells with fewer than {heatmap.minimumTeachers} teachers are not shown.
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="pl-6">Indicator</TableHead>
          {heatmap.teams.map((team) => (
            <TableHead key={team.id} className="min-w-28 px-2 whitespace-normal">
              {team.name}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {heatmap.rows.map((row) => {
          const indicator = heatmap.indicators.find((entry) => entry.id === row.indicatorId);
          const indicatorLabel = indicator ? `${indicator.code} ${indicator.title}` : "Indicator";
          return (
            <TableRow key={row.indicatorId}>
              <TableRowHead className="w-40 min-w-36 py-2 pl-6 font-medium whitespace-normal sm:w-56">
                {indicatorLabel}
              </TableRowHead>
              {row.cells.map((cell) => {
                const name = teamName.get(cell.teamId) ?? "Team";
                return (
                  <TableCell key={cell.teamId} className="px-2 py-2 align-middle">
                    <HeatmapCellContent
                      cell={cell}
                      levelCount={heatmap.levels.length}
                      minimumTeachers={heatmap.minimumTeachers}
                      context={`${name}, ${indicatorLabel}`}
                      selected={
                        selected?.teamId === cell.teamId && selected.indicatorId === row.indicatorId
                      }
                      onSelect={() =>
                        onSelect({
                          teamId: cell.teamId,
                          teamName: name,
                          indicatorId: row.indicatorId,
                          indicatorLabel,
                        })
                      }
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
