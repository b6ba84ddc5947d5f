import type { RubricCriterion, RubricLevel } from "@throughline/domain/credential";
import { ChoicePill } from "@throughline/ui/choice-pill";
import { FieldMessage } from "@throughline/ui/field-message";
import { Textarea } from "@throughline/ui/textarea";
import { useId } from "react";

/**
 * One rubric row to score: the levels as a radio group whose options show their descriptors,
 * and (when `feedback` is given) what the reviewer writes to the teacher about it.
 */
export function RubricCriterionField({
  name,
  criterion,
  levels,
  level,
  onLevel,
  levelError,
  feedback,
  onFeedback,
  feedbackError,
}: {
  name: string;
  criterion: RubricCriterion;
  levels: readonly RubricLevel[];
  level: string | undefined;
  onLevel: (level: string) => void;
  levelError?: string | null;
  feedback?: string;
  onFeedback?: (text: string) => void;
  feedbackError?: string | null;
}) {
  const id = useId();
  return (
    <li className="flex flex-col gap-3 rounded-md border border-border bg-surface p-4">
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={levelError ? `${id}-level-error` : undefined}
      >
        <legend className="mb-2 font-semibold">{criterion.name}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {levels.map((option) => (
            <ChoicePill
              key={option.key}
              align="start"
              name={`${name}-${criterion.key}`}
              value={option.key}
              checked={level === option.key}
              onChange={() => onLevel(option.key)}
            >
              <span className="flex flex-col gap-0.5">
                <span className="font-semibold">{option.label}</span>
                <span className="text-muted-foreground">{criterion.descriptors[option.key]}</span>
              </span>
            </ChoicePill>
          ))}
        </div>
        <FieldMessage id={`${id}-level-error`} message={levelError ?? null} />
      </fieldset>
      {onFeedback ? (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-feedback`} className="text-sm font-medium">
            Feedback on {criterion.name}
          </label>
          <Textarea
            id={`${id}-feedback`}
            rows={3}
            value={feedback ?? ""}
            aria-invalid={feedbackError ? true : undefined}
            aria-describedby={feedbackError ? `${id}-feedback-error` : undefined}
            onChange={(event) => onFeedback(event.target.value)}
          />
          <FieldMessage id={`${id}-feedback-error`} message={feedbackError ?? null} />
        </div>
      ) : null}
    </li>
  );
}
