import { z } from "zod";
import type { PassingRule, Rubric } from "../credential.ts";
import { fieldIssue } from "../field-issue.ts";

/**
 * A finished scoring must give every criterion a level of the rubric, and say in feedback what
 * would reach the bar wherever a criterion is under it (that is what a teacher acts on). Each
 * problem names its field (`scores.<criterion>`, `feedback.<criterion>`).
 */
export function completeScoringSchema(rubric: Rubric, rule: PassingRule) {
  const levelKeys = rubric.levels.map((level) => level.key);
  const bar = levelKeys.indexOf(rule.minimumLevel);
  const barLabel = rubric.levels[bar]?.label ?? rule.minimumLevel;
  return z
    .object({
      scores: z.object(
        Object.fromEntries(
          rubric.criteria.map((criterion) => [
            criterion.key,
            rubricLevel(levelKeys, criterion.name),
          ]),
        ),
      ),
      feedback: z.record(z.string(), z.string()),
    })
    .superRefine((value, ctx) => {
      for (const criterion of rubric.criteria) {
        const rank = levelKeys.indexOf(value.scores[criterion.key] ?? "");
        if (rank >= 0 && rank < bar && !value.feedback[criterion.key]?.trim()) {
          fieldIssue(
            ctx,
            ["feedback", criterion.key],
            `Tell the teacher what would reach ${barLabel} on “${criterion.name}”.`,
          );
        }
      }
    });
}

/** Calibration answers: a level of the rubric for every criterion of every sample. */
export function completeAnswersSchema(
  rubric: Rubric,
  samples: readonly { id: string; title: string }[],
) {
  const levelKeys = rubric.levels.map((level) => level.key);
  return z.object({
    answers: z.object(
      Object.fromEntries(
        samples.map((sample) => [
          sample.id,
          z.object(
            Object.fromEntries(
              rubric.criteria.map((criterion) => [
                criterion.key,
                rubricLevel(levelKeys, criterion.name),
              ]),
            ),
            { error: `Score “${sample.title}”.` },
          ),
        ]),
      ),
    ),
  });
}

function rubricLevel(levelKeys: string[], criterionName: string) {
  return z
    .string({ error: `Choose a level for “${criterionName}”.` })
    .refine((level) => levelKeys.includes(level), `Choose a level for “${criterionName}”.`);
}
