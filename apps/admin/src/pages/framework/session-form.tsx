import type { ApiErrorLike } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { namedFieldError } from "../observation-scale/named-field-error.ts";
import { IndicatorChecklist } from "./indicator-checklist.tsx";
import { PromptsEditor } from "./prompts-editor.tsx";
import { TextAreaField } from "./text-area-field.tsx";
import type { EditorIndicator } from "./types.ts";

/** The session's details as the editor holds them (minutes as typed). */
export interface SessionDetailsDraft {
  title: string;
  summary: string;
  estimatedMinutes: string;
  reflectionPrompts: string[];
  indicatorIds: string[];
}

export interface SessionDetailsFieldsProps {
  details: SessionDetailsDraft;
  indicators: readonly EditorIndicator[];
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (change: Partial<SessionDetailsDraft>) => void;
}

/** A session's title, summary, minutes, reflection prompts and indicators. */
export function SessionDetailsFields({
  details,
  indicators,
  error,
  disabled,
  onChange,
}: SessionDetailsFieldsProps) {
  return (
    <div className="flex flex-col gap-5">
      <FormField
        label="Title"
        value={details.title}
        disabled={disabled}
        error={namedFieldError(error, "title")}
        onChange={(event) => onChange({ title: event.target.value })}
      />
      <TextAreaField
        label="Summary"
        rows={2}
        value={details.summary}
        disabled={disabled}
        error={namedFieldError(error, "summary")}
        onChange={(event) => onChange({ summary: event.target.value })}
      />
      <FormField
        label="Estimated minutes"
        hint="10 to 20. Teachers who already completed the session keep the minutes they were credited."
        inputMode="numeric"
        className="max-w-md"
        value={details.estimatedMinutes}
        disabled={disabled}
        error={namedFieldError(error, "estimatedMinutes")}
        onChange={(event) => onChange({ estimatedMinutes: event.target.value })}
      />
      <PromptsEditor
        prompts={details.reflectionPrompts}
        error={error}
        disabled={disabled}
        onChange={(reflectionPrompts) => onChange({ reflectionPrompts })}
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
