import type { CriterionScores, PassingRule, Rubric } from "../credential.ts";
import type { ReviewOutcome } from "../enums.ts";

type PassingResult =
  | { complete: true; outcome: ReviewOutcome }
  | { complete: false; unscored: string[] };

/**
 * The outcome a set of criterion scores earns under a definition's passing rule. Scores must
 * name a level of the rubric for every criterion; anything unscored (or scored with a level
 * the rubric does not have) is reported instead of guessed.
 */
export function outcomeOf(
  rubric: Rubric,
  rule: PassingRule,
  scores: CriterionScores,
): PassingResult {
  const rankOf = new Map(rubric.levels.map((level, index) => [level.key, index]));
  const unscored = rubric.criteria
    .filter((criterion) => {
      const level = scores[criterion.key];
      return level === undefined || !rankOf.has(level);
    })
    .map((criterion) => criterion.key);
  if (unscored.length > 0) return { complete: false, unscored };

  const minimum = rankOf.get(rule.minimumLevel);
  // A rule naming a level the rubric lacks can never be met; the definition form refuses it.
  if (minimum === undefined) return { complete: true, outcome: "not_yet" };

  let oneBelow = 0;
  for (const criterion of rubric.criteria) {
    const rank = rankOf.get(scores[criterion.key] ?? "") ?? -1;
    if (rank >= minimum) continue;
    if (rank === minimum - 1) oneBelow += 1;
    else return { complete: true, outcome: "not_yet" };
  }
  return { complete: true, outcome: oneBelow <= rule.allowedOneBelow ? "earned" : "not_yet" };
}
