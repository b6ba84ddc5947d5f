import { z } from "zod";
import { periodCheck } from "./chosen-period.ts";
import { calendarDateSchema, idSchema } from "./ids.ts";
import type { HeatmapRow, ScaleLevel, TeacherVisits } from "./rules/walkthrough-heatmap.ts";

/* The principal's school view of walkthroughs: inputs and answers. */

/** Longest period one view may cover: a school year and a bit. */
const MAXIMUM_PERIOD_DAYS = 400;

const periodFields = {
  schoolId: idSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
};

const checkPeriod = periodCheck(MAXIMUM_PERIOD_DAYS);

export const walkthroughPeriodInputSchema = z.object(periodFields).superRefine(checkPeriod);

/** The walkthroughs behind a heatmap cell (team and indicator), a column, a row or the school. */
export const walkthroughListInputSchema = z
  .object({ ...periodFields, teamId: idSchema.nullish(), indicatorId: idSchema.nullish() })
  .superRefine(checkPeriod);

export interface WalkthroughHeatmap {
  school: { id: string; name: string };
  period: { from: string; to: string };
  /** The school's teams in name order, then the whole school (id `whole-school`). */
  teams: { id: string; name: string }[];
  indicators: { id: string; code: string; title: string }[];
  /** The district's scale, lowest first; the target is the level teachers aim for. */
  levels: (ScaleLevel & { isTarget: boolean })[];
  rows: HeatmapRow[];
  minimumTeachers: number;
  walkthroughCount: number;
}

export interface WalkthroughVisits {
  school: { id: string; name: string };
  teachers: TeacherVisits[];
}

export interface WalkthroughSummary {
  id: string;
  observedOn: string;
  teacher: { id: string; name: string };
  observer: { id: string; name: string };
  classLabel: string | null;
  levels: { indicatorId: string; code: string; title: string; rank: number; label: string }[];
}
