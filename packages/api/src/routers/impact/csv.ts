import {
  type FeedbackGroupRow,
  type GoalRow,
  type ImpactGroupRow,
  type ImpactReport,
  type IndicatorChangeRow,
  type IndicatorGroupChangeRow,
  impactGroupingLabels,
} from "@throughline/domain/impact-report";
import { SMALL_GROUP_LABEL } from "@throughline/domain/rules/small-group";
import { goalStatusLabels } from "@throughline/domain/rules/team-goal-progress";
import { stringify } from "csv-stringify/sync";

/*
 * The impact report as CSV: the same rows and figures the page shows, so its totals match the
 * page's. One table after another, each with its own heading line; a withheld group reads
 * "fewer than 3" in every figure, never a number. Formula-like text is escaped, since names
 * are typed by people and spreadsheets run formulas.
 */

function groupLine(row: ImpactGroupRow): (string | number)[] {
  if (row.result.withheld) return [row.label, ...Array(5).fill(SMALL_GROUP_LABEL)];
  const figures = row.result.figures;
  return [
    row.label,
    figures.enrolled,
    figures.active,
    figures.completed,
    figures.pdHours.toFixed(1),
    figures.hoursPerTeacher.toFixed(1),
  ];
}

function changeLine(row: IndicatorChangeRow): (string | number)[] {
  if (row.result.withheld) return [row.label, ...Array(5).fill(SMALL_GROUP_LABEL)];
  const figures = row.result.figures;
  return [
    row.label,
    figures.measured,
    figures.firstMean.toFixed(1),
    figures.lastMean.toFixed(1),
    // A number, not text: text starting "-" is escaped as a formula ("'-0.5").
    figures.change,
    figures.improved,
  ];
}

function feedbackLine(row: FeedbackGroupRow): (string | number)[] {
  if (row.result.withheld) return [row.label, ...Array(6).fill(SMALL_GROUP_LABEL)];
  const figures = row.result.figures;
  return [
    row.label,
    figures.respondents,
    figures.responses,
    figures.meanUsefulness.toFixed(1),
    figures.usefulPercent,
    figures.willUsePercent,
    figures.skipped,
  ];
}

function goalLine(row: GoalRow): (string | number)[] {
  if (row.result.withheld) return [row.label, ...Array(7).fill(SMALL_GROUP_LABEL)];
  const goal = row.result.figures;
  return [
    row.label,
    goal.measure,
    goal.baselineValue,
    goal.targetValue,
    goal.targetOn,
    goal.latestValue ?? "",
    goal.latestOn ?? "",
    goalStatusLabels[goal.status],
  ];
}

/** Each indicator's groups, then its total over every teacher once (the per-indicator figure). */
function changeByGroupLines(row: IndicatorGroupChangeRow): (string | number)[][] {
  return [
    ...row.groups.map((group) => [
      row.label,
      ...changeLine({ indicatorId: row.indicatorId, label: group.label, result: group.result }),
    ]),
    [
      row.label,
      ...changeLine({
        indicatorId: row.indicatorId,
        label: "Total (each teacher once)",
        result: row.total,
      }),
    ],
  ];
}

const changeHeader = [
  "Teachers measured",
  "First level (mean)",
  "Last level (mean)",
  "Change",
  "Teachers improved",
];

/** The observed levels' sources, named as the page names them. */
const observedHeading = "Observed level change per indicator (walkthroughs and evaluation ratings)";

export function impactCsv(report: ImpactReport): string {
  const lines: (string | number)[][] = [
    [`PD impact report ${report.from} to ${report.to}`],
    [],
    [
      impactGroupingLabels[report.by],
      "Teachers enrolled",
      `Active since ${report.activeFrom}`,
      "Completed the stage in the period",
      "PD hours",
      "PD hours per teacher",
    ],
    ...report.groups.map(groupLine),
    groupLine({ ...report.total, label: "Total (each teacher once)" }),
    [],
    [observedHeading, ...changeHeader],
    ...report.observed.map(changeLine),
    [],
    ["Self-assessed level change per indicator", ...changeHeader],
    ...report.selfAssessed.map(changeLine),
    [],
    [observedHeading, impactGroupingLabels[report.by], ...changeHeader],
    ...report.observedByGroup.flatMap(changeByGroupLines),
    [],
    ["Self-assessed level change per indicator", impactGroupingLabels[report.by], ...changeHeader],
    ...report.selfAssessedByGroup.flatMap(changeByGroupLines),
    [],
    [
      `Session feedback by ${impactGroupingLabels[report.by].toLowerCase()}`,
      "Teachers answering",
      "Answers",
      "Usefulness (mean of 1-4)",
      "Useful (%)",
      "Will use this week (%)",
      "Skipped",
    ],
    ...report.feedback.groups.map(feedbackLine),
    feedbackLine({ ...report.feedback.total, label: "Total respondents (each teacher once)" }),
    [],
    [
      "Team goal",
      "Student measure",
      "Baseline",
      "Target",
      "Target date",
      `Latest measure by ${report.to}`,
      "Measured on",
      "Status",
    ],
    ...report.goals.rows.map(goalLine),
  ];
  return stringify(lines, { escape_formulas: true, bom: true });
}
