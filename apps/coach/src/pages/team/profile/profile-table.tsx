import { Badge } from "@throughline/ui/badge";
import { DataTable } from "@throughline/ui/data-table";
import { LevelSpreadCell } from "./level-spread-cell.tsx";
import type { TeamProfile } from "./types.ts";

/** Per indicator, members at each level by self-assessment and by coaching observation. */
export function ProfileTable({ profile }: { profile: TeamProfile }) {
  const labels = new Map(profile.levels.map((level) => [level.rank, level.label]));
  return (
    <DataTable
      scrollLabel="Team profile by indicator"
      caption="Members at each level by their latest self-assessment and coaching observation"
      captionClassName=""
      rows={profile.indicators}
      columns={[
        {
          header: "Indicator",
          rowHeader: true,
          className: "min-w-48",
          cell: (row) => (
            <>
              <span className="tabular-nums">{row.code}</span> {row.title}
              {row.inFocus ? (
                <Badge variant="primary" className="ml-2">
                  Focus
                </Badge>
              ) : null}
            </>
          ),
        },
        {
          header: "Self-assessment",
          cell: (row) => <LevelSpreadCell spread={row.selfAssessed} labels={labels} />,
        },
        {
          header: "Coaching observations",
          cell: (row) => <LevelSpreadCell spread={row.observed} labels={labels} />,
        },
      ]}
    />
  );
}
