import { Badge } from "@throughline/ui/badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableColumns,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";
import { LevelSpreadCell } from "./level-spread-cell.tsx";
import type { TeamProfile } from "./types.ts";

/** Per indicator, members at each level by self-assessment and by coaching observation. */
export function ProfileTable({ profile }: { profile: TeamProfile }) {
  const labels = new Map(profile.levels.map((level) => [level.rank, level.label]));
  return (
    <Table scrollLabel="Team profile by indicator">
      <TableCaption>
        Members at each level by their latest self-assessment and coaching observation
      </TableCaption>
      <TableColumns names={["Indicator", "Self-assessment", "Coaching observations"]} />
      <TableBody>
        {profile.indicators.map((row) => (
          <TableRow key={row.id}>
            <TableRowHead className="min-w-48">
              <span className="tabular-nums">{row.code}</span> {row.title}
              {row.inFocus ? (
                <Badge variant="primary" className="ml-2">
                  Focus
                </Badge>
              ) : null}
            </TableRowHead>
            <TableCell>
              <LevelSpreadCell spread={row.selfAssessed} labels={labels} />
            </TableCell>
            <TableCell>
              <LevelSpreadCell spread={row.observed} labels={labels} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
