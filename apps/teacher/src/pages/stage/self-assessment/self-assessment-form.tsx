import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { formatDay } from "@throughline/ui/format";
import { LevelRadioGrid } from "@throughline/ui/level-radio-grid";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";
import {
  momentWords,
  type SelfAssessmentMoment,
  type SelfAssessmentRecord,
  type StageSelfAssessmentView,
} from "./types.ts";

interface Choice {
  levelRank: number | null;
  note: string;
}

/** The ratings and notes of a self-assessment being corrected, by indicator. */
function choicesOf(editing: SelfAssessmentRecord | undefined): Record<string, Choice> {
  return Object.fromEntries(
    (editing?.ratings ?? []).map((rating) => [
      rating.indicatorId,
      { levelRank: rating.levelRank, note: rating.note ?? "" },
    ]),
  );
}

/**
 * The teacher rates themselves on each of the stage's indicators, on the district's levels, with
 * an optional note; every indicator needs a level. With `editing`, the same form corrects the
 * ratings and notes of an earlier self-assessment (its moment and day stay). The moments offered
 * are those still open (one start, one end, check-ins any time). The server's message for a
 * field shows beside it.
 */
export function SelfAssessmentForm({
  view,
  moment: initialMoment,
  editing,
  onDone,
  onCancel,
}: {
  view: StageSelfAssessmentView;
  moment: SelfAssessmentMoment;
  editing?: SelfAssessmentRecord;
  onDone: () => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [moment, setMoment] = useState(initialMoment);
  const [choices, setChoices] = useState<Record<string, Choice>>(() => choicesOf(editing));
  const [missing, setMissing] = useState<string[]>([]);
  const saved = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.selfAssessment.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() });
    onDone();
  };
  const create = useMutation(trpc.selfAssessment.record.mutationOptions({ onSuccess: saved }));
  const correct = useMutation(trpc.selfAssessment.update.mutationOptions({ onSuccess: saved }));
  const record = editing ? correct : create;
  const choiceOf = (id: string): Choice => choices[id] ?? { levelRank: null, note: "" };
  const choose = (id: string, change: Partial<Choice>) =>
    setChoices((current) => ({ ...current, [id]: { ...choiceOf(id), ...change } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unrated = view.indicators.filter((item) => choiceOf(item.id).levelRank === null);
    setMissing(unrated.map((item) => item.id));
    if (unrated.length > 0) return;
    const ratings = view.indicators.map((item) => ({
      indicatorId: item.id,
      levelRank: choiceOf(item.id).levelRank ?? 0,
      note: choiceOf(item.id).note,
    }));
    if (editing) correct.mutate({ selfAssessmentId: editing.id, ratings });
    else create.mutate({ stageId: view.stage.id, moment, ratings });
  };
  const moments: SelfAssessmentMoment[] = editing ? [editing.moment] : view.momentsOpen;

  const paths = view.indicators.flatMap((_, index) => [
    `ratings.${index}.levelRank`,
    `ratings.${index}.indicatorId`,
    `ratings.${index}.note`,
  ]);
  const general = formError(record.error, ["moment", ...paths]);
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-5"
      aria-label={editing ? "Change your self-assessment" : "Rate yourself"}
    >
      {editing ? (
        <p className="font-medium">
          Changing your self-assessment: {momentWords[editing.moment]} ·{" "}
          <time dateTime={editing.assessedOn}>{formatDay(editing.assessedOn)}</time>
        </p>
      ) : (
        <div className="max-w-xs">
          <SelectField
            label="When"
            value={moment}
            onChange={(event) => setMoment(event.target.value as SelfAssessmentMoment)}
            error={fieldError(record.error, "moment")}
          >
            {moments.map((value) => (
              <option key={value} value={value}>
                {momentWords[value]}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <ol className="flex flex-col gap-4">
        {view.indicators.map((item, index) => {
          const choice = choiceOf(item.id);
          const unrated = missing.includes(item.id) && choice.levelRank === null;
          const levelProblem =
            fieldError(record.error, `ratings.${index}.levelRank`) ??
            fieldError(record.error, `ratings.${index}.indicatorId`) ??
            (unrated ? "Choose the level that describes your practice now" : null);
          const problemId = `self-rating-${item.id}-error`;
          return (
            <li key={item.id} className="flex flex-col gap-3 rounded-md border border-border p-4">
              <fieldset
                className="flex flex-col gap-2"
                aria-describedby={levelProblem ? problemId : undefined}
              >
                <legend className="mb-1 font-semibold">
                  <span className="text-muted-foreground">{item.code}</span> {item.title}
                </legend>
                <p className="text-sm text-muted-foreground">{item.description}</p>
                <LevelRadioGrid
                  name={`self-level-${item.id}`}
                  levels={view.levels}
                  chosenRank={choice.levelRank}
                  invalid={Boolean(levelProblem)}
                  onChoose={(levelRank) => choose(item.id, { levelRank })}
                />
                <FieldMessage id={problemId} message={levelProblem} />
              </fieldset>
              <TextAreaField
                label={`Note on ${item.code} (optional)`}
                rows={2}
                value={choice.note}
                onChange={(event) => choose(item.id, { note: event.target.value })}
                error={fieldError(record.error, `ratings.${index}.note`)}
              />
            </li>
          );
        })}
      </ol>
      {missing.length > 0 && view.indicators.some((i) => choiceOf(i.id).levelRank === null) ? (
        <Alert variant="error">Choose a level for every indicator before you save.</Alert>
      ) : null}
      {general ? <Alert variant="error">{general}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={record.isPending}>
          {record.isPending ? "Saving…" : editing ? "Save my changes" : "Save my ratings"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
