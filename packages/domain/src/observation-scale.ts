import { z } from "zod";
import { idSchema, wholeNumber } from "./ids.ts";

/* An indicator's own target on the district's scale (issue 7: targets per indicator). */

export const indicatorTargetInputSchema = z.object({
  indicatorId: idSchema,
  /** A rank on the district's scale; null goes back to the district's target. */
  targetRank: wholeNumber("Target", 0).nullable(),
});

/**
 * The same input checked against the district's scale: the input schema cannot know how many
 * levels the district has, this can. A refusal names `targetRank` like any other bad input.
 */
export function indicatorTargetOnScaleSchema(levelCount: number) {
  return z.object({
    targetRank: z
      .number()
      .int()
      .max(levelCount - 1, "Choose the target among the district's levels")
      .nullable(),
  });
}

/** An indicator as the targets table lists it; `targetRank` null means the district's target. */
export interface IndicatorTarget {
  id: string;
  code: string;
  title: string;
  targetRank: number | null;
}
