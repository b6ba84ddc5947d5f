import { mostAfterLessonPrompts, mostReflectionPrompts } from "@throughline/domain/framework-admin";
import { draftField } from "@throughline/ui/draft-field";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { IndicatorChecklist } from "./indicator-checklist.tsx";
import { type PromptListWords, PromptsEditor } from "./prompts-editor.tsx";
import type { EditorIndicator } from "./types.ts";

/** The session's details as the editor holds them (minutes as typed). */
export interface SessionDetailsDraft {
  title: string;
  summary: string;
  estimatedMinutes: string;
  reflectionPrompts: string[];
  afterLessonPrompts: string[];
  indicatorIds: string[];
}

const reflectionWords: PromptListWords = {
  field: "reflectionPrompts",
  legend: "Reflection prompts",
  item: "Prompt",
  addLabel: "Add a prompt",
  least: 1,
  most: mostReflectionPrompts,
};

const afterLessonWords: PromptListWords = {
  field: "afterLessonPrompts",
  legend: "After-the-lesson questions",
  item: "Question",
  addLabel: "Add a question",
  hint: "Optional. Teachers answer these after teaching the lesson; the session completes with their plan and a step on their action plan brings them back.",
  least: 0,
  most: mostAfterLessonPrompts,
};

export interface SessionDetailsFieldsProps {
  details: SessionDetailsDraft;
  indicators: readonly EditorIndicator[];
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (change: Partial<SessionDetailsDraft>) => void;
}

/** A session's title, summary, minutes, reflection and after-the-lesson prompts, indicators. */
export function SessionDetailsFields({
  details,
  indicators,
  error,
  disabled,
  onChange,
}: SessionDetailsFieldsProps) {
  const field = draftField({
    draft: details,
    disabled,
    errorOf: (path) => fieldError(error, path),
    onChange,
  });
  return (
    <div className="flex flex-col gap-5">
      <FormField label="Title" {...field("title")} />
      <TextAreaField label="Summary" rows={2} {...field("summary")} />
      <FormField
        label="Estimated minutes"
        hint="10 to 20. Teachers who already completed the session keep the minutes they were credited."
        inputMode="numeric"
        className="max-w-md"
        {...field("estimatedMinutes")}
      />
      <PromptsEditor
        words={reflectionWords}
        prompts={details.reflectionPrompts}
        error={error}
        disabled={disabled}
        onChange={(reflectionPrompts) => onChange({ reflectionPrompts })}
      />
      <PromptsEditor
        words={afterLessonWords}
        prompts={details.afterLessonPrompts}
        error={error}
        disabled={disabled}
        onChange={(afterLessonPrompts) => onChange({ afterLessonPrompts })}
      />
      <IndicatorChecklist
        indicators={indicators}
        chosen={details.indicatorIds}
        error={error}
        disabled={disabled}
        onChange={(indicatorIds) => onChange({ indicatorIds })}
      />
    </div>
  );
}
