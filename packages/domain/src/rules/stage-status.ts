import { z } from "zod";

export const stageStatusSchema = z.enum([
  "not_started",
  "in_progress",
  "ready_for_review",
  "complete",
]);
export type StageStatus = z.infer<typeof stageStatusSchema>;

/** Everything the stage-status rule needs to know about one teacher in one stage. */
export interface StageProgressFacts {
  workshopAttended: boolean;
  sessionsTotal: number;
  sessionsCompleted: number;
  meetingsRequired: number;
  meetingsAttended: number;
  /** At least one action-plan step is done, with evidence and a reflection. */
  hasCompletedActionStep: boolean;
  /** The stage asks a coach or admin to confirm completion. */
  requiresConfirmation: boolean;
  confirmed: boolean;
}

/** The counts that say whether a stage's own requirements are met (its confirmation aside). */
type StageRequirementFacts = Omit<StageProgressFacts, "requiresConfirmation" | "confirmed">;

/** Every requirement met: the workshop, each session, the meetings, an action step done. */
export function stageRequirementsMet(facts: StageRequirementFacts): boolean {
  return (
    facts.workshopAttended &&
    facts.sessionsCompleted >= facts.sessionsTotal &&
    facts.meetingsAttended >= facts.meetingsRequired &&
    facts.hasCompletedActionStep
  );
}

/**
 * The one rule that says where a teacher stands in a stage.
 * Complete needs every requirement met (and a confirmation when the stage asks for one);
 * ready for review means everything is met but the confirmation is still missing.
 */
export function stageStatus(facts: StageProgressFacts): StageStatus {
  if (stageRequirementsMet(facts)) {
    return facts.requiresConfirmation && !facts.confirmed ? "ready_for_review" : "complete";
  }
  const anythingDone =
    facts.workshopAttended ||
    facts.sessionsCompleted > 0 ||
    facts.meetingsAttended > 0 ||
    facts.hasCompletedActionStep;
  return anythingDone ? "in_progress" : "not_started";
}
