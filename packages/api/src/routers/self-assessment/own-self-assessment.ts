import type { Transaction } from "@throughline/db/client";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import { loadStageIndicators } from "@throughline/db/queries/self-assessment/self-assessments";
import { selfAssessmentOwner } from "@throughline/db/queries/self-assessment/self-assessments-write";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";

/*
 * Checks shared by recording a self-assessment and correcting one: the ratings name the stage's
 * indicators on the district's levels, and only the teacher who rated themselves changes it.
 */

/** Refuses a rating of an indicator the stage does not have, or a level the district lacks. */
export async function requireRatingsOfStage(
  tx: Transaction,
  params: { stageId: string; ratings: readonly { indicatorId: string; levelRank: number }[] },
): Promise<void> {
  const [indicators, levels] = await Promise.all([
    loadStageIndicators(tx, params),
    loadObservationScale(tx),
  ]);
  const ofStage = new Set(indicators.map((item) => item.id));
  const ranks = new Set(levels.map((level) => level.rank));
  params.ratings.forEach((rating, index) => {
    if (!ofStage.has(rating.indicatorId)) {
      throw fieldProblem(
        ["ratings", index, "indicatorId"],
        "This indicator is not one of the stage's.",
      );
    }
    if (!ranks.has(rating.levelRank)) {
      throw fieldProblem(["ratings", index, "levelRank"], "Choose one of the district's levels.");
    }
  });
}

/**
 * The self-assessment's stage when the signed-in person is the teacher who made it. Their coach,
 * principal or district admin is refused with the reason; an id the district lacks is unknown.
 */
export async function requireOwnSelfAssessment(
  tx: Transaction,
  params: { personId: string; selfAssessmentId: string },
): Promise<{ stageId: string }> {
  const owner = await selfAssessmentOwner(tx, params);
  if (!owner) {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such self-assessment." });
  }
  if (owner.teacherId !== params.personId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the teacher who rated themselves can change or delete a self-assessment.",
    });
  }
  return { stageId: owner.stageId };
}
