import type {
  FeedbackFigures,
  FeedbackGroupRow,
  GoalRow,
  ImpactGrouping,
} from "../impact-report.ts";
import { type ImpactEnrolmentFact, teachersByGroup } from "./impact-figures.ts";
import { unlessSmallGroup, withheldGroups } from "./small-group.ts";
import { type GoalStatus, goalProgress } from "./team-goal-progress.ts";

/*
 * The impact report's session-feedback and team-goal figures, from the facts their summaries
 * hold (teacher_feedback_day, team_goal_measures). A group's feedback is withheld when fewer
 * than three of its teachers answered; a goal when its team has fewer than three teachers.
 */

/** One teacher's pulses in the period, summed from the per-day summary. */
export interface ImpactFeedbackFact {
  personId: string;
  answered: number;
  usefulnessSum: number;
  useful: number;
  willUseAnswered: number;
  willUseYes: number;
  skipped: number;
}

/** One team goal's row of the summary. */
export interface ImpactGoalFact {
  goalId: string;
  teamName: string;
  schoolName: string;
  members: number;
  measure: string;
  unit: string;
  baselineValue: number;
  targetValue: number;
  startsOn: string;
  targetOn: string;
  /** Oldest first. */
  measures: readonly { on: string; value: number }[];
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 100);

function respondentsOf(
  people: ReadonlySet<string>,
  facts: ReadonlyMap<string, ImpactFeedbackFact>,
) {
  return [...people].flatMap((personId) => {
    const fact = facts.get(personId);
    return fact && fact.answered + fact.willUseAnswered > 0 ? [fact] : [];
  });
}

/** The pulses of the teachers who answered any, added up. */
export function feedbackFigures(answers: readonly ImpactFeedbackFact[]): FeedbackFigures {
  const sum = (pick: (fact: ImpactFeedbackFact) => number) =>
    answers.reduce((total, fact) => total + pick(fact), 0);
  const responses = sum((fact) => fact.answered);
  return {
    respondents: answers.length,
    responses,
    meanUsefulness:
      responses === 0 ? 0 : Math.round((sum((fact) => fact.usefulnessSum) / responses) * 10) / 10,
    usefulPercent: percent(
      sum((fact) => fact.useful),
      responses,
    ),
    willUsePercent: percent(
      sum((fact) => fact.willUseYes),
      sum((fact) => fact.willUseAnswered),
    ),
    skipped: sum((fact) => fact.skipped),
  };
}

/**
 * Feedback per group of the breakdown (the groups and labels the participation rows have), and
 * over every respondent once. Groups with fewer than three respondents are withheld, and a lone
 * such group's next smallest with it.
 */
export function feedbackBreakdown(
  groups: readonly { key: string; label: string }[],
  enrolments: readonly ImpactEnrolmentFact[],
  feedback: readonly ImpactFeedbackFact[],
  by: ImpactGrouping,
): { groups: FeedbackGroupRow[]; total: FeedbackGroupRow } {
  const facts = new Map(feedback.map((fact) => [fact.personId, fact]));
  const peopleOf = teachersByGroup(enrolments, by);
  const answersPerGroup = groups.map((group) =>
    respondentsOf(peopleOf.get(group.key) ?? new Set<string>(), facts),
  );
  const withheld = withheldGroups(answersPerGroup.map((answers) => answers.length));
  const everyone = respondentsOf(new Set(enrolments.map((row) => row.personId)), facts);
  return {
    groups: groups.map((group, index) => ({
      key: group.key,
      label: group.label,
      result: withheld.has(index)
        ? { withheld: true }
        : { withheld: false, figures: feedbackFigures(answersPerGroup[index] ?? []) },
    })),
    total: {
      key: "total",
      label: "All teachers",
      result: unlessSmallGroup(everyone.length, () => feedbackFigures(everyone)),
    },
  };
}

/**
 * The goals whose plan overlaps the period, each as it stood at the period's end (measures
 * recorded for days after it are left out), with how many are on track, met, off track or not
 * measured yet. A goal of a team under three teachers is withheld and counted nowhere.
 */
export function goalsAsOf(
  goals: readonly ImpactGoalFact[],
  period: { from: string; to: string },
): { rows: GoalRow[]; counts: Record<GoalStatus, number> } {
  const counts: Record<GoalStatus, number> = {
    on_track: 0,
    met: 0,
    off_track: 0,
    not_measured: 0,
  };
  const rows = goals
    .filter((goal) => goal.startsOn <= period.to && goal.targetOn >= period.from)
    .map((goal): GoalRow => {
      const label = `${goal.teamName} (${goal.schoolName})`;
      return {
        key: goal.goalId,
        label,
        result: unlessSmallGroup(goal.members, () => {
          const progress = goalProgress(
            goal,
            goal.measures.filter((measure) => measure.on <= period.to),
          );
          counts[progress.status] += 1;
          return {
            measure: goal.measure,
            unit: goal.unit,
            baselineValue: goal.baselineValue,
            targetValue: goal.targetValue,
            targetOn: goal.targetOn,
            latestValue: progress.latest?.value ?? null,
            latestOn: progress.latest?.on ?? null,
            status: progress.status,
          };
        }),
      };
    });
  return { rows, counts };
}
