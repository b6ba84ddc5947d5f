import type {
  GroupFigures,
  ImpactReport,
  IndicatorChange,
  IndicatorChangeRow,
  IndicatorGroupChangeRow,
} from "@throughline/domain/impact-report";
import {
  HoursPerTeacherChart,
  LevelChangeChart,
  ParticipationChart,
} from "@throughline/ui/impact-charts";
import { TitledCard } from "@throughline/ui/titled-card";
import { cn } from "@throughline/ui/utils";
import type { ReactNode } from "react";
import { FigureTable } from "./figure-table.tsx";
import { LevelChangeByGroup } from "./level-change-by-group.tsx";

/** One section of the report: printed on its own page, its chart kept whole. */
export function ReportSection({
  title,
  description,
  children,
  firstOnPaper = false,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
  /** Printed on the first page, under the totals, instead of starting a page of its own. */
  firstOnPaper?: boolean;
}) {
  return (
    <TitledCard
      title={title}
      description={description}
      className={cn(
        "print:border-0 print:shadow-none",
        firstOnPaper ? "print:break-inside-avoid" : "print:break-before-page",
      )}
      contentClassName="flex flex-col gap-6"
    >
      {children}
    </TitledCard>
  );
}

/** The groups whose figures may be drawn (withheld ones are in the table only). */
function shown(report: ImpactReport) {
  return report.groups.flatMap((group) =>
    group.result.withheld ? [] : [{ key: group.key, label: group.label, ...group.result.figures }],
  );
}

export const groupHeader = { school: "School", cohort: "Cohort", stage: "Stage" } as const;

/** The report's groups as one figure table, with every teacher once in the last row. */
function GroupFigureTable({
  report,
  caption,
  columns,
}: {
  report: ImpactReport;
  caption: string;
  columns: { header: string; cell: (figures: GroupFigures) => number | string }[];
}) {
  return (
    <FigureTable
      caption={caption}
      rowHeader={groupHeader[report.by]}
      columns={columns}
      rows={report.groups}
      total={report.total}
    />
  );
}

export function ParticipationSection({ report }: { report: ImpactReport }) {
  return (
    <ReportSection
      firstOnPaper
      title="Participation"
      description={`Teachers enrolled by ${report.to}, those with PD activity from ${report.activeFrom} to ${report.to}, and those who completed their stage from ${report.from} to ${report.to} (the day its work was done, or the later confirmation when the stage asks for one).`}
    >
      <ParticipationChart groups={shown(report)} />
      <GroupFigureTable
        report={report}
        caption="Participation by group"
        columns={[
          { header: "Enrolled", cell: (f) => f.enrolled },
          { header: "Active in the last 30 days", cell: (f) => f.active },
          { header: "Completed the stage", cell: (f) => f.completed },
        ]}
      />
    </ReportSection>
  );
}

export function HoursSection({ report }: { report: ImpactReport }) {
  return (
    <ReportSection
      title="PD hours"
      description="Workshops attended, MicroPD sessions completed, support meetings attended, micro-credentials earned and — where the district counts it — logged coaching in the period, added up as each teacher's transcript adds them."
    >
      <HoursPerTeacherChart groups={shown(report)} />
      <GroupFigureTable
        report={report}
        caption="PD hours by group"
        columns={[
          { header: "PD hours", cell: (f) => f.pdHours.toFixed(1) },
          { header: "PD hours per teacher", cell: (f) => f.hoursPerTeacher.toFixed(1) },
        ]}
      />
    </ReportSection>
  );
}

const changeColumns = [
  { header: "Measured", cell: (f: IndicatorChange) => f.measured },
  { header: "First (mean)", cell: (f: IndicatorChange) => f.firstMean.toFixed(1) },
  { header: "Last (mean)", cell: (f: IndicatorChange) => f.lastMean.toFixed(1) },
  {
    header: "Change",
    cell: (f: IndicatorChange) => `${f.change > 0 ? "+" : ""}${f.change.toFixed(1)}`,
  },
  { header: "Improved", cell: (f: IndicatorChange) => f.improved },
];

/** Where a level change is read from: what the section is called and says of its source. */
const levelChangeSources = {
  observed: {
    title: "Observed level change (walkthroughs and evaluation ratings)",
    description:
      "Each teacher's first and last observed level on an indicator in the period, from published walkthroughs and imported evaluation ratings (the higher level when a day has both), for teachers rated on two days or more. Coaching observations are never included.",
    byGroup: "observedByGroup",
  },
  selfAssessed: {
    title: "Self-assessment change",
    description:
      "Each teacher's first and last self-assessed level on an indicator in the period, shown only as figures of 3 or more teachers.",
    byGroup: "selfAssessedByGroup",
  },
} as const;

export function LevelChangeSection({
  source,
  report,
}: {
  source: keyof typeof levelChangeSources;
  report: ImpactReport;
}) {
  const { title, description } = levelChangeSources[source];
  const rows: readonly IndicatorChangeRow[] = report[source];
  /** The same change split by the report's groups. */
  const byGroup: readonly IndicatorGroupChangeRow[] = report[levelChangeSources[source].byGroup];
  const drawn = rows.flatMap((row) =>
    row.result.withheld ? [] : [{ key: row.indicatorId, label: row.label, ...row.result.figures }],
  );
  const scale = report.scale.map((level) => `${level.rank} ${level.label}`).join(", ");
  return (
    <ReportSection
      title={title}
      description={
        <>
          {description} Measured: teachers with two levels or more on the indicator; improved: of
          them, those whose last level is above their first. Levels are read as numbers on the
          district's scale: {scale || "none set"}.
        </>
      }
    >
      {rows.length === 0 ? (
        <p className="text-muted-foreground">No levels were recorded in this period.</p>
      ) : (
        <>
          {drawn.length > 0 ? (
            <LevelChangeChart rows={drawn} topRank={report.scale.at(-1)?.rank ?? 3} />
          ) : null}
          <FigureTable
            caption={`${title} per indicator`}
            rowHeader="Indicator"
            columns={changeColumns}
            rows={rows.map((row) => ({
              key: row.indicatorId,
              label: row.label,
              result: row.result,
            }))}
          />
          <LevelChangeByGroup title={title} rows={byGroup} by={report.by} columns={changeColumns} />
        </>
      )}
    </ReportSection>
  );
}
