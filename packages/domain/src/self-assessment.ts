import { z } from "zod";
import { selfAssessmentMomentSchema } from "./enums.ts";
import { calendarDateSchema, idSchema, optionalText, wholeNumber } from "./ids.ts";

/*
 * A teacher's self-assessment: at a stage's start, at its end and at check-ins between, they
 * rate their own practice on the stage's indicators on the district's level scale. Coaching
 * content: private to the teacher and their coaches unless the teacher shares it.
 */

const selfRatingInputSchema = z.object({
  indicatorId: idSchema,
  levelRank: wholeNumber("Level", 0).max(9, "Choose one of the district's levels"),
  note: optionalText({ label: "Note", max: 1000 }),
});

export const recordSelfAssessmentInputSchema = z.object({
  stageId: idSchema,
  moment: selfAssessmentMomentSchema,
  ratings: z
    .array(selfRatingInputSchema)
    .min(1, "Rate yourself on at least one indicator")
    .max(40, "A stage has at most 40 indicators to rate")
    .refine(
      (ratings) => new Set(ratings.map((rating) => rating.indicatorId)).size === ratings.length,
      "Rate each indicator once",
    ),
});

/** The teacher corrects the ratings and notes of one of their self-assessments (not its moment or day). */
export const updateSelfAssessmentInputSchema = z.object({
  selfAssessmentId: idSchema,
  ratings: recordSelfAssessmentInputSchema.shape.ratings,
});

export const removeSelfAssessmentInputSchema = z.object({ selfAssessmentId: idSchema });

export const selfAssessmentStageInputSchema = z.object({ stageId: idSchema });

export const shareSelfAssessmentInputSchema = z.object({
  selfAssessmentId: idSchema,
  shared: z.boolean(),
});

export const selfAssessmentsOfTeacherInputSchema = z.object({ teacherId: idSchema });

const stageRefSchema = z.object({ id: idSchema, position: z.number().int(), title: z.string() });

/** One self-assessment as the viewer may see it: "facts" carries no ratings and no notes. */
const selfAssessmentViewSchema = z.object({
  id: idSchema,
  teacherId: idSchema,
  stage: stageRefSchema,
  moment: selfAssessmentMomentSchema,
  assessedOn: calendarDateSchema,
  sharedWithLeadersAt: z.date().nullable(),
  access: z.enum(["content", "facts"]),
  /** In framework order; empty for "facts". */
  ratings: z.array(
    z.object({
      indicatorId: idSchema,
      code: z.string(),
      title: z.string(),
      levelRank: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
});
export type SelfAssessmentView = z.infer<typeof selfAssessmentViewSchema>;

const ratedPointSchema = z.object({
  rank: z.number().int(),
  on: calendarDateSchema,
  moment: selfAssessmentMomentSchema,
});

/** Pre → post for one indicator: the first rating and the latest (null while there is one). */
const selfRatingChangeSchema = z.object({
  indicatorId: idSchema,
  code: z.string(),
  title: z.string(),
  first: ratedPointSchema,
  latest: ratedPointSchema.nullable(),
  /** Latest rank minus first rank; 0 while there is one rating. */
  change: z.number().int(),
});

/** The teacher's self-assessment of one stage: what to rate, on what scale, and what they said. */
export const stageSelfAssessmentSchema = z.object({
  stage: stageRefSchema,
  levels: z.array(
    z.object({
      rank: z.number().int(),
      label: z.string(),
      description: z.string(),
      isTarget: z.boolean(),
    }),
  ),
  indicators: z.array(
    z.object({ id: idSchema, code: z.string(), title: z.string(), description: z.string() }),
  ),
  /** Oldest first. */
  assessments: z.array(selfAssessmentViewSchema),
  /** The moments a new self-assessment may take: a second start or end is refused. */
  momentsOpen: z.array(selfAssessmentMomentSchema),
  /** The moment the stage page asks for now, if any. */
  invitation: selfAssessmentMomentSchema.extract(["start", "end"]).nullable(),
  change: z.array(selfRatingChangeSchema),
});
export type StageSelfAssessment = z.infer<typeof stageSelfAssessmentSchema>;
