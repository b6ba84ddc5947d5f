import type { FeedbackFigures, GoalFigures, ImpactReport } from "@throughline/domain/impact-report";
import { type GoalStatus, goalStatusLabels } from "@throughline/domain/rules/team-goal-progress";
import { formatMeasure } from "@throughline/domain/team-goal";
import { teamGoalUnitSchema } from "@throughline/domain/team-goal-measure";
import { FeedbackChart, GoalStatusChart } from "@throughline/ui/impact-charts";
import { FigureTable } from "./figure-table.tsx";
import { groupHeader, ReportSection } from "./impact-sections.tsx";

const feedbackColumns = [
  { header: "Teachers answering", cell: (f: FeedbackFigures) => f.respondents },
  { header: "Answers", cell: (f: FeedbackFigures) => f.responses },
  { header: "Usefulness (1–4)", cell: (f: FeedbackFigures) => f.meanUsefulness.toFixed(1) },
  { header: "Useful", cell: (f: FeedbackFigures) => `${f.usefulPercent}%` },
  { header: "Will use this week", cell: (f: FeedbackFigures) => `${f.willUsePercent}%` },
  { header: "Skipped", cell: (f: FeedbackFigures) => f.skipped },
];

export function FeedbackSection({ report }: { report: ImpactReport }) {
  const drawn = report.feedback.groups.flatMap((group) =>
    group.result.withheld ? [] : [{ key: group.key, label: group.label, ...group.result.figures }],
  );
  return (
    <ReportSection
      title="Session feedback"
      description="The pulse teachers gave after MicroPD sessions, workshops and support meetings in the period: was it useful (3 or 4 of 4), and will they use it in class this week. Shown only where 3 or more teachers answered; comments stay with the session's authors."
    >
      {drawn.length > 0 ? <FeedbackChart groups={drawn} /> : null}
      <FigureTable
        caption="Session feedback by group"
        rowHeader={groupHeader[report.by]}
        columns={feedbackColumns}
        rows={report.feedback.groups}
        total={report.feedback.total}
      />
    </ReportSection>
  );
}

/** "68%", "72.5 points": the goal's unit as the team set it. */
function measured(unit: string, value: number): string {
  const parsed = teamGoalUnitSchema.safeParse(unit);
  return parsed.success ? formatMeasure(parsed.data, value) : String(value);
}

const statusOrder: readonly GoalStatus[] = ["met", "on_track", "off_track", "not_measured"];

const goalColumns = [
  { header: "Student measure", text: true, cell: (g: GoalFigures) => g.measure },
  {
    header: "Baseline → target",
    text: true,
    cell: (g: GoalFigures) =>
      `${measured(g.unit, g.baselineValue)} → ${measured(g.unit, g.targetValue)} by ${g.targetOn}`,
  },
  {
    header: "Latest measure",
    text: true,
    cell: (g: GoalFigures) =>
      g.latestValue === null ? "—" : `${measured(g.unit, g.latestValue)} (${g.latestOn})`,
  },
  { header: "Status", text: true, cell: (g: GoalFigures) => goalStatusLabels[g.status] },
];

export function GoalsSection({ report }: { report: ImpactReport }) {
  const { rows, counts } = report.goals;
  return (
    <ReportSection
      title="Team goals on student learning"
      description={`Each team's goal on a student measure as it stood on ${report.to}: on track when its latest measure is no further behind the planned line than a tenth of the planned change. Goals of teams under 3 teachers are withheld. Stage and cohort do not narrow this section: goals belong to teams.`}
    >
      {rows.length === 0 ? (
        <p className="text-muted-foreground">No team goals ran in this period.</p>
      ) : (
        <>
          <GoalStatusChart
            statuses={statusOrder.map((status) => ({
              key: status,
              label: goalStatusLabels[status],
              goals: counts[status],
            }))}
          />
          <FigureTable caption="Team goals" rowHeader="Team" columns={goalColumns} rows={rows} />
        </>
      )}
    </ReportSection>
  );
}
