import { localDay } from "../local-time.ts";
import { stageRequirementsMet } from "./stage-status.ts";

/*
 * When a teacher completed a stage. The stage-status rule says whether the stage is complete;
 * this says since when, from the moments of the facts that completed it. The database keeps the
 * same rule in SQL (`refresh_teacher_progress`, migrations 0034 and 0037) as the enrolment's
 * `requirements_met_at`, and its tests check the two agree.
 */

/**
 * One of her action steps for the stage that is done with evidence and a reflection, with the
 * moments that date it.
 */
interface ActionStepDoneMoments {
  /** When it was marked done (kept by the database; an edit of a done step leaves it alone). */
  completedAt: Date;
  /**
   * When its first evidence file was uploaded, given only when a file is its only evidence: a
   * file uploaded after the step was marked done is what completed it.
   */
  onlyEvidenceFileAt?: Date | null;
}

/** The facts that meet a stage's requirements, each with the moment it happened. */
export interface StageRequirementMoments {
  workshopAttended: boolean;
  /** The workshop's start, or the enrolment's moment while the cohort has no workshop date. */
  workshopAt: Date;
  sessionsTotal: number;
  /** When the teacher completed each of the stage's sessions she completed. */
  sessionsCompletedAt: readonly Date[];
  meetingsRequired: number;
  /** When each meeting she attended since enrolling was held. */
  meetingsHeldAt: readonly Date[];
  /** Her action steps for the stage done with evidence and a reflection. */
  actionStepsDone: readonly ActionStepDoneMoments[];
}

function latest(moments: readonly (Date | undefined)[]): Date | undefined {
  let found: Date | undefined;
  for (const moment of moments) {
    if (moment && (!found || moment.getTime() > found.getTime())) found = moment;
  }
  return found;
}

/**
 * When every requirement was first met together: the latest of the workshop, the last of the
 * stage's sessions, the meeting that reached the required number, and the first action step
 * done (when it was marked done, or its first file when that came later and is its only
 * evidence; never its last edit, so fixing a done step's reflection does not move the date).
 * Null while a requirement is missing.
 */
export function requirementsMetAt(facts: StageRequirementMoments): Date | null {
  const met = stageRequirementsMet({
    workshopAttended: facts.workshopAttended,
    sessionsTotal: facts.sessionsTotal,
    sessionsCompleted: facts.sessionsCompletedAt.length,
    meetingsRequired: facts.meetingsRequired,
    meetingsAttended: facts.meetingsHeldAt.length,
    hasCompletedActionStep: facts.actionStepsDone.length > 0,
  });
  if (!met) return null;
  const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();
  const meetings = [...facts.meetingsHeldAt].sort(byTime);
  const steps = facts.actionStepsDone
    .map(
      (step) =>
        latest([step.completedAt, step.onlyEvidenceFileAt ?? undefined]) ?? step.completedAt,
    )
    .sort(byTime);
  return (
    latest([
      facts.workshopAt,
      latest(facts.sessionsCompletedAt),
      facts.meetingsRequired > 0 ? meetings[facts.meetingsRequired - 1] : undefined,
      steps[0],
    ]) ?? null
  );
}

/** What the completion moment reads: the requirements' moment and the confirmation. */
export interface StageCompletionFacts {
  requirementsMetAt: Date | null;
  /** The stage asks a coach or admin to confirm completion. */
  requiresConfirmation: boolean;
  confirmedAt: Date | null;
}

/**
 * When the stage was completed: when its requirements were met, or, when the stage asks for a
 * confirmation, the later of that and the confirmation. Null exactly when the stage-status rule
 * does not say "complete".
 */
export function stageCompletedAt(facts: StageCompletionFacts): Date | null {
  if (!facts.requirementsMetAt) return null;
  if (!facts.requiresConfirmation) return facts.requirementsMetAt;
  if (!facts.confirmedAt) return null;
  return latest([facts.requirementsMetAt, facts.confirmedAt]) ?? null;
}

/** The stage was completed on a day of the period (the district's local days, both included). */
export function completedInPeriod(
  completedAt: Date | null,
  period: { from: string; to: string },
  timeZone: string,
): boolean {
  if (!completedAt) return false;
  const day = localDay(completedAt, timeZone);
  return day >= period.from && day <= period.to;
}
