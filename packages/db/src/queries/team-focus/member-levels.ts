import { latestLevels, type MemberLevel } from "@throughline/domain/rules/team-profile";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { observationRating } from "../../schema/index.ts";
import { visibleObservations } from "../observations/observation-visibility.ts";
import { firstAndLatestSelfRatings } from "../self-assessment/self-rating-summary.ts";
import { anyId } from "../sql/any-id.ts";

/*
 * The members' latest levels per indicator for a team profile, each only as far as the viewer
 * may read it: coaching observations through `visibleObservations` (content only, never
 * walkthroughs — a profile is coaching, not evaluation), self-assessments through the
 * self-assessment summary with the viewer named (the same coaching rule).
 */

/** Each member's level in their latest published coaching observation rating it. */
export async function observedLevels(
  tx: Transaction,
  params: { viewerId: string; teacherIds: readonly string[] },
): Promise<MemberLevel[]> {
  if (params.teacherIds.length === 0) return [];
  const visible = visibleObservations(tx, params.viewerId);
  const rows = await tx
    .select({
      teacherId: visible.teacherId,
      indicatorId: observationRating.indicatorId,
      rank: sql<number>`${observationRating.levelRank}`.mapWith(Number),
      on: visible.observedOn,
    })
    .from(visible)
    .innerJoin(observationRating, eq(observationRating.observationId, visible.id))
    .where(
      and(
        anyId(visible.teacherId, params.teacherIds),
        eq(visible.access, "content"),
        eq(visible.kind, "coaching"),
        eq(visible.status, "published"),
        isNotNull(observationRating.levelRank),
      ),
    );
  return latestLevels(rows);
}

/** Each member's latest self-rated level per indicator that the viewer may read. */
export async function selfAssessedLevels(
  tx: Transaction,
  params: { viewerId: string; teacherIds: readonly string[] },
): Promise<MemberLevel[]> {
  const ratings = await firstAndLatestSelfRatings(tx, {
    teacherIds: params.teacherIds,
    viewerId: params.viewerId,
  });
  return ratings.map((rating) => ({
    teacherId: rating.teacherId,
    indicatorId: rating.indicatorId,
    rank: (rating.latest ?? rating.first).rank,
  }));
}
