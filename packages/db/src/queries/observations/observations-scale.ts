import { eq, gte, max, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  importedRating,
  indicator,
  observationLevel,
  observationRating,
  selfAssessmentRating,
} from "../../schema/index.ts";

/**
 * Renames the district's levels (ratings keep their rank, so they follow the new names), adds
 * or removes levels at the top, and moves the target. Returns false, changing nothing, when a
 * level to remove is still used by a rating.
 */
export async function replaceObservationScale(
  tx: Transaction,
  params: {
    districtId: string;
    levels: { label: string; description: string | null }[];
    targetRank: number;
  },
): Promise<boolean> {
  const count = params.levels.length;
  const highest = await Promise.all([
    tx.select({ rank: max(observationRating.levelRank) }).from(observationRating),
    tx.select({ rank: max(importedRating.levelRank) }).from(importedRating),
    tx.select({ rank: max(selfAssessmentRating.levelRank) }).from(selfAssessmentRating),
  ]);
  const inUse = highest.flat().map((row) => row.rank ?? -1);
  if (Math.max(-1, ...inUse) >= count) return false;

  await tx.delete(observationLevel).where(gte(observationLevel.rank, count));
  await tx
    .insert(observationLevel)
    .values(
      params.levels.map((level, rank) => ({
        districtId: params.districtId,
        rank,
        label: level.label,
        description: level.description ?? "",
        isTarget: rank === params.targetRank,
      })),
    )
    .onConflictDoUpdate({
      target: [observationLevel.districtId, observationLevel.rank],
      set: {
        label: sql`excluded.label`,
        description: sql`excluded.description`,
        isTarget: sql`excluded.is_target`,
      },
    });
  return true;
}

/**
 * Sets an indicator's own target rank, or null for the district's target. Returns false when
 * there is no such indicator in the viewer's district (row security hides the others).
 */
export async function setIndicatorTargetRank(
  tx: Transaction,
  params: { indicatorId: string; targetRank: number | null },
): Promise<boolean> {
  const updated = await tx
    .update(indicator)
    .set({ targetRank: params.targetRank })
    .where(eq(indicator.id, params.indicatorId))
    .returning({ id: indicator.id });
  return updated.length > 0;
}
