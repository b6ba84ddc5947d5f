import type { SelfAssessmentMoment } from "@throughline/domain/enums";
import { and, eq } from "drizzle-orm";
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
