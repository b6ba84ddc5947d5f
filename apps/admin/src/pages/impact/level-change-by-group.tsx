import {
  type ImpactGrouping,
  type IndicatorChange,
  type IndicatorGroupChangeRow,
  impactGroupingLabels,
} from "@throughline/domain/impact-report";
import { FigureTable } from "./figure-table.tsx";

/**
 * One indicator's change per group of the breakdown, its last row the whole selection (the
 * figure of the table above). Tables, not charts: groups × indicators would not read as bars.
 */
export function LevelChangeByGroup({
  title,
  rows,
  by,
  columns,
}: {
  title: string;
  rows: readonly IndicatorGroupChangeRow[];
  by: ImpactGrouping;
  columns: readonly { header: string; cell: (figures: IndicatorChange) => string | number }[];
}) {
  const header = impactGroupingLabels[by];
  const noun = header.toLowerCase();
  // Under a withheld total every group is withheld too: the table above already says so.
  const split = rows.filter((row) => !row.total.withheld);
  if (split.length === 0) return null;
  return (
    <div className="flex flex-col gap-4">
      <h3 className="font-semibold text-base">By {noun}</h3>
      <p className="text-muted-foreground text-sm">
        A teacher counts in each {noun} they are enrolled in, the last row once. A {noun} where
        nobody was measured on the indicator is not listed, nor an indicator withheld above.
      </p>
      {split.map((row) => (
        <div key={row.indicatorId} className="flex flex-col gap-1 print:break-inside-avoid">
          <h4 className="font-medium text-sm">{row.label}</h4>
          <FigureTable
            caption={`${title}: ${row.label} by ${noun}`}
            rowHeader={header}
            columns={columns}
            rows={row.groups}
            total={{ key: "total", label: "All teachers", result: row.total }}
          />
        </div>
      ))}
    </div>
  );
}
