import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";
import { trpc } from "../client.ts";
import { formatMoment, parseMoment } from "./moment.tsx";
import type { VideoReview } from "./video-types.ts";

interface VideoCommentFormProps {
  review: VideoReview;
  /** The player's moment now, to pin the comment to. */
  currentMoment: () => number;
}

/**
 * A comment at the player's moment (editable), tagged with an indicator and level when chosen;
 * the teacher may mark it as their own self-reflection.
 */
export function VideoCommentForm({ review, currentMoment }: VideoCommentFormProps) {
  const queryClient = useQueryClient();
  const [moment, setMoment] = useState("");
  const [body, setBody] = useState("");
  const [indicatorId, setIndicatorId] = useState("");
  const [levelRank, setLevelRank] = useState("");
  const [selfReflection, setSelfReflection] = useState(false);
  const [momentProblem, setMomentProblem] = useState<string | null>(null);
  const add = useMutation(
    trpc.video.comment.mutationOptions({
      onSuccess: async () => {
        setBody("");
        setMoment("");
        setIndicatorId("");
        setLevelRank("");
        await queryClient.invalidateQueries({
          queryKey: trpc.video.get.queryKey({ videoId: review.video.id }),
        });
      },
    }),
  );
  const owner = review.standing === "owner";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const atSeconds = moment.trim() === "" ? currentMoment() : parseMoment(moment);
    if (atSeconds === null) return setMomentProblem("Give the moment like 1:05");
    setMomentProblem(null);
    add.mutate({
      videoId: review.video.id,
      atSeconds,
      body,
      indicatorId: indicatorId || null,
      levelRank: levelRank ? Number(levelRank) : null,
      selfReflection: owner && selfReflection,
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate aria-label="Add a comment">
      <FormAlert
        message={formError(add.error, [
          "videoId",
          "atSeconds",
          "body",
          "indicatorId",
          "levelRank",
          "parentId",
        ])}
      />
      <FormField
        label="At"
        hint="Leave empty to use the player's moment; or type it, like 1:05."
        placeholder={formatMoment(0)}
        value={moment}
        inputMode="numeric"
        onChange={(event) => setMoment(event.target.value)}
        error={momentProblem ?? fieldError(add.error, "atSeconds")}
      />
      <TextAreaField
        label="Comment"
        value={body}
        rows={3}
        maxLength={2000}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(add.error, "body")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Indicator (optional)"
          value={indicatorId}
          onChange={(event) => setIndicatorId(event.target.value)}
          error={fieldError(add.error, "indicatorId")}
        >
          <option value="">No indicator</option>
          {review.indicators.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {indicator.code} {indicator.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Level (optional)"
          value={levelRank}
          onChange={(event) => setLevelRank(event.target.value)}
          error={fieldError(add.error, "levelRank")}
        >
          <option value="">No level</option>
          {review.levels.map((level) => (
            <option key={level.rank} value={level.rank}>
              {level.label}
            </option>
          ))}
        </SelectField>
      </div>
      {owner ? (
        <CheckboxField
          label="Self-reflection: my own note on this moment"
          checked={selfReflection}
          onChange={setSelfReflection}
        />
      ) : null}
      <Button type="submit" className="self-start" disabled={add.isPending}>
        {add.isPending ? "Saving…" : "Add comment"}
      </Button>
    </form>
  );
}
