import type { SelfAssessmentMoment } from "@throughline/domain/enums";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { selfAssessment, selfAssessmentRating } from "../../schema/index.ts";

/** Records one self-assessment with its ratings; the caller checked stage, indicators and levels. */
export async function insertSelfAssessment(
  tx: Transaction,
  params: {
    districtId: string;
    teacherId: string;
    stageId: string;
    moment: SelfAssessmentMoment;
    assessedOn: string;
    ratings: readonly { indicatorId: string; levelRank: number; note: string | null }[];
  },
): Promise<string> {
  const { ratings, ...assessment } = params;
  const [row] = await tx
    .insert(selfAssessment)
    .values(assessment)
    .returning({ id: selfAssessment.id });
  if (!row) throw new Error("The self-assessment was not recorded.");
  await tx.insert(selfAssessmentRating).values(
    ratings.map((rating) => ({
      districtId: params.districtId,
      selfAssessmentId: row.id,
      ...rating,
    })),
  );
  return row.id;
}

/**
 * Shares the teacher's own self-assessment with their principal and district admins, or takes
 * that back. The WHERE names the teacher, so nobody else's row is touched; false when there is
 * no such self-assessment of theirs.
 */
export async function setSelfAssessmentShared(
  tx: Transaction,
  params: { selfAssessmentId: string; teacherId: string; sharedWithLeadersAt: Date | null },
): Promise<boolean> {
  const updated = await tx
    .update(selfAssessment)
    .set({ sharedWithLeadersAt: params.sharedWithLeadersAt })
    .where(
      and(
        eq(selfAssessment.id, params.selfAssessmentId),
        eq(selfAssessment.teacherId, params.teacherId),
      ),
    )
    .returning({ id: selfAssessment.id });
  return updated.length > 0;
}

/**
 * Holds the teacher's self-assessments of one stage until the transaction ends, so two
 * submissions at once cannot both be the stage's start (or end) rating: the second waits and
 * then sees the first.
 */
export async function lockTeacherStageSelfAssessments(
  tx: Transaction,
  params: { teacherId: string; stageId: string },
): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`self_assessment:${params.teacherId}:${params.stageId}`}, 0))`,
  );
}

/** The moments of the teacher's self-assessments of one stage, to refuse a second start or end. */
export async function selfAssessmentMomentsTaken(
  tx: Transaction,
  params: { teacherId: string; stageId: string },
): Promise<SelfAssessmentMoment[]> {
  const rows = await tx
    .select({ moment: selfAssessment.moment })
    .from(selfAssessment)
    .where(
      and(
        eq(selfAssessment.teacherId, params.teacherId),
        eq(selfAssessment.stageId, params.stageId),
      ),
    );
  return rows.map((row) => row.moment);
}

/**
 * Whose self-assessment this is, and of which stage: only to decide that nobody but its teacher
 * changes it (no rating or note is read). Null when the district has no such row.
 */
export async function selfAssessmentOwner(
  tx: Transaction,
  params: { selfAssessmentId: string },
): Promise<{ teacherId: string; stageId: string } | null> {
  const [row] = await tx
    .select({ teacherId: selfAssessment.teacherId, stageId: selfAssessment.stageId })
    .from(selfAssessment)
    .where(eq(selfAssessment.id, params.selfAssessmentId));
  return row ?? null;
}

/**
 * Replaces the ratings of the teacher's own self-assessment with the corrected ones; its moment
 * and day stay. The caller checked the owner, the stage's indicators and the levels.
 */
export async function replaceSelfAssessmentRatings(
  tx: Transaction,
  params: {
    districtId: string;
    selfAssessmentId: string;
    ratings: readonly { indicatorId: string; levelRank: number; note: string | null }[];
  },
): Promise<void> {
  await tx
    .delete(selfAssessmentRating)
    .where(eq(selfAssessmentRating.selfAssessmentId, params.selfAssessmentId));
  await tx.insert(selfAssessmentRating).values(
    params.ratings.map((rating) => ({
      districtId: params.districtId,
      selfAssessmentId: params.selfAssessmentId,
      ...rating,
    })),
  );
  await tx
    .update(selfAssessment)
    .set({ updatedAt: new Date() })
    .where(eq(selfAssessment.id, params.selfAssessmentId));
}

/** Deletes the teacher's own self-assessment with its ratings; false when there is none of theirs. */
export async function deleteOwnSelfAssessment(
  tx: Transaction,
  params: { selfAssessmentId: string; teacherId: string },
): Promise<boolean> {
  const removed = await tx
    .delete(selfAssessment)
    .where(
      and(
        eq(selfAssessment.id, params.selfAssessmentId),
        eq(selfAssessment.teacherId, params.teacherId),
      ),
    )
    .returning({ id: selfAssessment.id });
  return removed.length > 0;
}
