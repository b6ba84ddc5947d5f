import type {
  ImpactGrouping,
  IndicatorChange,
  IndicatorGroupChangeRow,
} from "@throughline/domain/impact-report";
import { FigureTable } from "./figure-table.tsx";

const groupWords: Record<ImpactGrouping, { header: string; plural: string }> = {
  school: { header: "School", plural: "school" },
  cohort: { header: "Cohort", plural: "cohort" },
  stage: { header: "Stage", plural: "stage" },
};

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
  const words = groupWords[by];
  if (rows.length === 0) return null;
  return (
    <div className="flex flex-col gap-4">
      <h3 className="font-semibold text-base">By {words.plural}</h3>
      <p className="text-muted-foreground text-sm">
        A teacher counts in each {words.plural} they are enrolled in, the last row once. A{" "}
        {words.plural} where nobody was measured on the indicator is not listed.
      </p>
      {rows.map((row) => (
        <div key={row.indicatorId} className="flex flex-col gap-1 print:break-inside-avoid">
          <h4 className="font-medium text-sm">{row.label}</h4>
          <FigureTable
            caption={`${title}: ${row.label} by ${words.plural}`}
            rowHeader={words.header}
            columns={columns}
            rows={row.groups}
            total={{ key: "total", label: "All teachers", result: row.total }}
          />
        </div>
      ))}
    </div>
  );
}
