import type { SelfAssessmentMoment } from "../enums.ts";
import type { StageStatus } from "./stage-status.ts";

/*
 * Self-assessment rules: when the stage page asks a teacher to rate themselves, and what changed
 * between their first and latest rating of each indicator.
 */

interface InvitationFacts {
  /** The teacher's stage status; null when they are not enrolled in the stage. */
  status: StageStatus | null;
  /** The moments of the self-assessments they already made for this stage. */
  moments: readonly SelfAssessmentMoment[];
}

/**
 * "start" once the teacher is enrolled and has not rated themselves at the start; "end" once the
 * stage's work is done (complete, or waiting only for a confirmation) and they have not rated
 * themselves at the end; otherwise nothing. A stage not theirs asks for nothing.
 */
export function selfAssessmentInvitation(facts: InvitationFacts): "start" | "end" | null {
  if (facts.status === null) return null;
  const workDone = facts.status === "complete" || facts.status === "ready_for_review";
  if (workDone) return facts.moments.includes("end") ? null : "end";
  return facts.moments.includes("start") ? null : "start";
}

/**
 * The moments a teacher may still choose for a new self-assessment of a stage: the start and the
 * end once each (they are the two ends of pre → post), a check-in any time.
 */
export function momentsOpen(taken: readonly SelfAssessmentMoment[]): SelfAssessmentMoment[] {
  return (["start", "check_in", "end"] as const).filter(
    (moment) => moment === "check_in" || !taken.includes(moment),
  );
}

/** Why a new self-assessment at this moment is refused (a second start or end), or null. */
export function repeatedMomentProblem(
  taken: readonly SelfAssessmentMoment[],
  moment: SelfAssessmentMoment,
): string | null {
  if (momentsOpen(taken).includes(moment)) return null;
  return moment === "start"
    ? "You already rated yourself at the start of this stage. Change that rating instead, or rate yourself as a check-in."
    : "You already rated yourself at the end of this stage. Change that rating instead, or rate yourself as a check-in.";
}

interface RatedAssessment {
  assessedOn: string;
  moment: SelfAssessmentMoment;
  ratings: readonly { indicatorId: string; levelRank: number }[];
}

interface RatedPoint {
  rank: number;
  on: string;
  moment: SelfAssessmentMoment;
}

export interface FirstAndLatest {
  indicatorId: string;
  first: RatedPoint;
  /** Null while the indicator has been rated once. */
  latest: RatedPoint | null;
  /** Latest rank minus first rank; 0 while rated once. */
  change: number;
}

/**
 * Per indicator, the first and the latest rating, by day; on one day the order given (the order
 * they were made) decides. Indicators never rated are left out.
 */
export function firstAndLatestRatings(assessments: readonly RatedAssessment[]): FirstAndLatest[] {
  const ordered = assessments
    .map((assessment, index) => ({ assessment, index }))
    .sort(
      (a, b) =>
        (a.assessment.assessedOn < b.assessment.assessedOn
          ? -1
          : a.assessment.assessedOn > b.assessment.assessedOn
            ? 1
            : 0) || a.index - b.index,
    );
  const byIndicator = new Map<string, { first: RatedPoint; latest: RatedPoint | null }>();
  for (const { assessment } of ordered) {
    for (const rating of assessment.ratings) {
      const point = {
        rank: rating.levelRank,
        on: assessment.assessedOn,
        moment: assessment.moment,
      };
      const seen = byIndicator.get(rating.indicatorId);
      if (seen) seen.latest = point;
      else byIndicator.set(rating.indicatorId, { first: point, latest: null });
    }
  }
  return [...byIndicator].map(([indicatorId, { first, latest }]) => ({
    indicatorId,
    first,
    latest,
    change: latest ? latest.rank - first.rank : 0,
  }));
}
