import { z } from "zod";
import { calendarDateSchema, idSchema } from "./ids.ts";
import type { Withheld } from "./rules/small-group.ts";

/* The PD impact report: the period and filters people choose, and the figures it answers with. */

/** Longest period one report may cover: two school years and a bit. */
const MAXIMUM_PERIOD_DAYS = 800;

export const impactGroupingSchema = z.enum(["school", "cohort", "stage"]);
export type ImpactGrouping = z.infer<typeof impactGroupingSchema>;

export const impactGroupingLabels: Record<ImpactGrouping, string> = {
  school: "School",
  cohort: "Cohort",
  stage: "Stage",
};

/** The period checks name the `to` field, where the form shows the message. */
function checkPeriod(value: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (value.to < value.from) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: "The end date must not be before the start date",
    });
  } else if ((Date.parse(value.to) - Date.parse(value.from)) / 86_400_000 > MAXIMUM_PERIOD_DAYS) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: `Choose a period of at most ${MAXIMUM_PERIOD_DAYS} days`,
    });
  }
}

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
  .superRefine(checkPeriod);
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

export interface ImpactReport {
  from: string;
  to: string;
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
}
