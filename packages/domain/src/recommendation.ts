import { z } from "zod";
import { observationKindSchema, selfAssessmentMomentSchema } from "./enums.ts";
import { idSchema, requiredText } from "./ids.ts";

/*
 * The individual path: the inputs of the teacher's and the coach's choices about recommended
 * MicroPD sessions, and the shapes the API returns. The rule itself is rules/recommendations.ts.
 */

/** The teacher says "not for me" to one recommended session; the reason is kept for the coach. */
export const dismissRecommendationInputSchema = z.object({
  sessionId: idSchema,
  reason: requiredText({ missing: "Say briefly why", label: "Reason", max: 200 }),
});

/** A coach sets a recommended session aside for a teacher they support, with the reason. */
export const dismissForTeacherInputSchema = dismissRecommendationInputSchema.extend({
  teacherId: idSchema,
});

/** A coach assigns one session to one teacher ("assigned by your coach"). */
export const pinRecommendationInputSchema = z.object({
  teacherId: idSchema,
  sessionId: idSchema,
});

/**
 * A coach withdraws their pin: the pin stops counting and the session is recommended or not as
 * the evidence and the teacher's own earlier choices say.
 */
export const unpinRecommendationInputSchema = pinRecommendationInputSchema;

export const recommendationsForTeacherInputSchema = z.object({ teacherId: idSchema });

/** Whose growth chart: the viewer's own when no teacher is named. */
export const indicatorGrowthInputSchema = z.object({ teacherId: idSchema.optional() }).optional();

const recommendedSessionSchema = z.object({
  sessionId: idSchema,
  title: z.string(),
  estimatedMinutes: z.number().int(),
  stage: z.object({ id: idSchema, position: z.number().int(), title: z.string() }),
  /** The stage's program where the district runs more than one (stage numbers count inside a
   * program, so two "Stage 1" sessions are told apart by it); null where it runs one. */
  program: z.object({ id: idSchema, title: z.string() }).nullable(),
  /** The indicator below target behind it; null for a pin with no gap behind it. */
  indicator: z.object({ id: idSchema, code: z.string(), title: z.string() }).nullable(),
  gap: z.number().int(),
  /** The reason in words, from the rule. */
  reason: z.string(),
  /** Who pinned it, when a coach did. */
  pinnedBy: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  /** The team that chose it as its next focus, who chose it and when; null when none did. */
  teamFocus: z
    .object({
      teamId: idSchema,
      teamName: z.string(),
      setBy: z.object({ id: idSchema, displayName: z.string() }),
      setAt: z.date(),
    })
    .nullable(),
});
export type RecommendedSession = z.infer<typeof recommendedSessionSchema>;

/** Where a point of the growth chart comes from. */
const growthSourceSchema = z.enum([...observationKindSchema.options, "imported"]);
export type GrowthSource = z.infer<typeof growthSourceSchema>;

const indicatorGrowthSchema = z.object({
  /** The district's scale, lowest first. */
  levels: z.array(z.object({ rank: z.number().int(), label: z.string(), isTarget: z.boolean() })),
  /** Indicators with at least one level seen or self-rated, in framework order. */
  indicators: z.array(
    z.object({
      id: idSchema,
      code: z.string(),
      title: z.string(),
      /** This indicator's target rank (its own, else the district's); null when none is set. */
      targetRank: z.number().int().nullable(),
      /** Oldest first. */
      points: z.array(
        z.object({ on: z.string(), rank: z.number().int(), source: growthSourceSchema }),
      ),
      /**
       * The teacher's own ratings of it, oldest first, where the viewer may read their
       * self-assessments in full: the teacher, a coach who supports them.
       */
      selfRatings: z.array(
        z.object({ on: z.string(), rank: z.number().int(), moment: selfAssessmentMomentSchema }),
      ),
    }),
  ),
});
export type IndicatorGrowth = z.infer<typeof indicatorGrowthSchema>;
