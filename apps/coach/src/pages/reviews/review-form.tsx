import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import type { CriterionFeedback, CriterionScores } from "@throughline/domain/credential";
import { outcomeOf } from "@throughline/domain/rules/credential-passing";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { Textarea } from "@throughline/ui/textarea";
import { useId, useState } from "react";
import { RubricCriterionField } from "./rubric-criterion.tsx";

type Review = RouterOutputs["credentialReviews"]["submission"];

/** The rubric to score, with the outcome the passing rule gives the scores so far. */
export function ReviewForm({ review }: { review: Review }) {
  const queryClient = useQueryClient();
  const summaryId = useId();
  const [scores, setScores] = useState<CriterionScores>(review.myReview?.scores ?? {});
  const [feedback, setFeedback] = useState<CriterionFeedback>(review.myReview?.feedback ?? {});
  const [summary, setSummary] = useState(review.myReview?.summary ?? "");
  // Only the queue: refetching this submission now would replace the result shown below.
  const refresh = () => queryClient.invalidateQueries(trpc.credentialReviews.queue.queryFilter());
  const saveDraft = useMutation(trpc.credentialReviews.saveDraft.mutationOptions());
  const finish = useMutation(
    (review.mode === "decide"
      ? trpc.credentialReviews.decide
      : trpc.credentialReviews.submit
    ).mutationOptions({ onSuccess: () => void refresh() }),
  );
  const input = { submissionId: review.submissionId, scores, feedback, summary };
  const result = outcomeOf(review.rubric, review.passingRule, scores);
  const error = finish.error ?? saveDraft.error;

  if (finish.data) {
    return (
      <Alert variant="success" title="Review submitted">
        Outcome: {finish.data.outcome === "earned" ? "Earned" : "Not yet"}.{" "}
        {finish.data.decision.state === "decided"
          ? "The teacher has been told."
          : finish.data.decision.state === "needs_lead"
            ? "The reviews disagree, so a lead reviewer decides."
            : "It waits for one more independent review."}
      </Alert>
    );
  }

  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        finish.mutate(input);
      }}
    >
      <ol className="flex flex-col gap-3">
        {review.rubric.criteria.map((criterion) => (
          <RubricCriterionField
            key={criterion.key}
            name="review"
            criterion={criterion}
            levels={review.rubric.levels}
            level={scores[criterion.key]}
            onLevel={(level) => setScores({ ...scores, [criterion.key]: level })}
            levelError={fieldError(finish.error, `scores.${criterion.key}`)}
            feedback={feedback[criterion.key]}
            onFeedback={(text) => setFeedback({ ...feedback, [criterion.key]: text })}
            feedbackError={fieldError(finish.error, `feedback.${criterion.key}`)}
          />
        ))}
      </ol>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={summaryId} className="font-medium">
          Summary for the teacher
        </label>
        <Textarea
          id={summaryId}
          rows={4}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
      </div>
      <p className="flex flex-wrap items-center gap-2" aria-live="polite">
        <span className="font-medium">Outcome by the passing rule:</span>
        {result.complete ? (
          <Badge variant={result.outcome === "earned" ? "success" : "warning"}>
            {result.outcome === "earned" ? "Earned" : "Not yet"}
          </Badge>
        ) : (
          <span className="text-sm text-muted-foreground">
            {result.unscored.length} of {review.rubric.criteria.length} criteria still to score
          </span>
        )}
      </p>
      {error && !error.data?.fieldErrors ? <Alert variant="error">{error.message}</Alert> : null}
      {finish.error?.data?.fieldErrors ? (
        <Alert variant="error">{finish.error.message}</Alert>
      ) : null}
      {saveDraft.isSuccess ? <p className="text-sm text-muted-foreground">Draft saved.</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={finish.isPending}>
          {review.mode === "decide" ? "Submit decision" : "Submit review"}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={saveDraft.isPending}
          onClick={() => saveDraft.mutate(input)}
        >
          Save draft
        </Button>
      </div>
    </form>
  );
}
