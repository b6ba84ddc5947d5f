import { z } from "zod";
import { periodCheck } from "./chosen-period.ts";
import { calendarDateSchema, idSchema } from "./ids.ts";
import type { Withheld } from "./rules/small-group.ts";
import type { GoalStatus } from "./rules/team-goal-progress.ts";

/* The PD impact report: the period and filters people choose, and the figures it answers with. */

/** Longest period one report may cover: two school years and a bit. */
const MAXIMUM_PERIOD_DAYS = 800;

const impactGroupingSchema = z.enum(["school", "cohort", "stage"]);
export type ImpactGrouping = z.infer<typeof impactGroupingSchema>;

export const impactGroupingLabels: Record<ImpactGrouping, string> = {
  school: "School",
  cohort: "Cohort",
  stage: "Stage",
};

/** The report asked for: a period, optional school, stage and cohort, and how to break it down. */
export const impactReportInputSchema = z
  .object({
    from: calendarDateSchema,
    to: calendarDateSchema,
    schoolId: idSchema.optional(),
    stageId: idSchema.optional(),
    cohortId: idSchema.optional(),
    by: impactGroupingSchema.default("school"),
  })
  .superRefine(periodCheck(MAXIMUM_PERIOD_DAYS));
export type ImpactReportInput = z.infer<typeof impactReportInputSchema>;

/** One group's participation and PD time in the period. */
export interface GroupFigures {
  /** Teachers enrolled (not withdrawn) by the end of the period. */
  enrolled: number;
  /** Of them, those with PD activity in the last 30 days of the period. */
  active: number;
  /** Of them, those who completed the group's stage (as the stage-status rule says today). */
  completed: number;
  /** PD hours in the period, added up as the teachers' transcripts add them. */
  pdHours: number;
  /** Mean PD hours per enrolled teacher, to one decimal. */
  hoursPerTeacher: number;
}

export interface ImpactGroupRow {
  key: string;
  label: string;
  result: Withheld<GroupFigures>;
}

/** Pre → post on one indicator, for the teachers measured at least twice in the period. */
export interface IndicatorChange {
  /** Teachers with two or more levels on the indicator in the period. */
  measured: number;
  /** Mean of their first levels (ranks, 0 the lowest), to one decimal. */
  firstMean: number;
  /** Mean of their last levels, to one decimal. */
  lastMean: number;
  /** lastMean − firstMean, to one decimal. */
  change: number;
  /** Teachers whose last level is above their first. */
  improved: number;
}

export interface IndicatorChangeRow {
  indicatorId: string;
  label: string;
  result: Withheld<IndicatorChange>;
}

/** One indicator's pre → post per group of the breakdown, and over every teacher once. */
export interface IndicatorGroupChangeRow {
  indicatorId: string;
  label: string;
  /** The groups with anyone measured on the indicator, in the breakdown's order. */
  groups: { key: string; label: string; result: Withheld<IndicatorChange> }[];
  /** The same figure as the whole-selection row of the indicator. */
  total: Withheld<IndicatorChange>;
}

/** Session-feedback pulses given in the period by one group's teachers. */
export interface FeedbackFigures {
  /** Teachers who answered at least one pulse. */
  respondents: number;
  /** Pulses with a usefulness answer. */
  responses: number;
  /** Mean usefulness, 1 not useful … 4 very useful, to one decimal. */
  meanUsefulness: number;
  /** Share of answers that were useful (3 or 4), in whole per cent. */
  usefulPercent: number;
  /** Share of "will you use it this week?" answers that were yes, in whole per cent. */
  willUsePercent: number;
  /** Pulses skipped. */
  skipped: number;
}

export interface FeedbackGroupRow {
  key: string;
  label: string;
  result: Withheld<FeedbackFigures>;
}

/** One team goal as the period ends: where its student measure stands against its plan. */
export interface GoalFigures {
  measure: string;
  unit: string;
  baselineValue: number;
  targetValue: number;
  targetOn: string;
  /** The latest measure recorded by the period's end, if any. */
  latestValue: number | null;
  latestOn: string | null;
  status: GoalStatus;
}

export interface GoalRow {
  key: string;
  /** "K–2 PLC (Maple Valley Elementary)". */
  label: string;
  result: Withheld<GoalFigures>;
}

export interface ImpactReport {
  from: string;
  to: string;
  /**
   * When a district-sized report served as kept was counted (ISO time; it is counted again
   * every minute); null when it was counted for this request.
   */
  asOf: string | null;
  /** First day of the "active in the last 30 days" window. */
  activeFrom: string;
  by: ImpactGrouping;
  /** What the filters may choose from (a principal's own schools only). */
  options: {
    schools: { id: string; name: string }[];
    stages: { id: string; title: string; position: number }[];
    cohorts: { id: string; name: string; schoolId: string; stageId: string }[];
  };
  /** The district's level scale, lowest first, for reading the means. */
  scale: { rank: number; label: string }[];
  groups: ImpactGroupRow[];
  /** Every teacher of the selection once (a teacher in two groups counts in both groups). */
  total: ImpactGroupRow;
  /** Walkthrough levels only: coaching observations never count here. */
  observed: IndicatorChangeRow[];
  /** Self-assessed levels, as figures of three or more teachers only. */
  selfAssessed: IndicatorChangeRow[];
  /** The walkthrough change split by the report's groups (same rows, same totals). */
  observedByGroup: IndicatorGroupChangeRow[];
  /** The self-assessed change split by the report's groups. */
  selfAssessedByGroup: IndicatorGroupChangeRow[];
  /** Session feedback by the same groups, and over every respondent once. */
  feedback: { groups: FeedbackGroupRow[]; total: FeedbackGroupRow };
  /** Team goals of the schools chosen (stage and cohort do not narrow them: a team has neither). */
  goals: { rows: GoalRow[]; counts: Record<GoalStatus, number> };
}
