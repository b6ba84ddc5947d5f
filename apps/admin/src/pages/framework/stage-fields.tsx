import { draftField } from "@throughline/ui/draft-field";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useId } from "react";
import type { StageDraft } from "./stage-draft.ts";

export interface StageFieldsProps {
  draft: StageDraft;
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (change: Partial<StageDraft>) => void;
}

function Checkbox(props: {
  label: string;
  hint: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        className="mt-1 size-4"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <div className="flex flex-col gap-0.5">
        <label htmlFor={id} className="text-sm font-medium text-foreground">
          {props.label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {props.hint}
        </p>
      </div>
    </div>
  );
}

/** A stage's title, summary and completion rule. */
export function StageFields({ draft, error, disabled, onChange }: StageFieldsProps) {
  const field = draftField({
    draft,
    disabled,
    errorOf: (path) => fieldError(error, path),
    onChange,
  });
  return (
    <div className="flex flex-col gap-4">
      <FormField label="Title" {...field("title")} />
      <TextAreaField label="Summary" rows={3} {...field("summary")} />
      <fieldset className="flex flex-col gap-4 rounded-md border border-border p-4">
        <legend className="px-1 text-sm font-semibold text-foreground">Completion rule</legend>
        <FormField
          label="Support meetings required"
          hint="From 0 to 20. Teachers finish the stage once they have attended this many."
          inputMode="numeric"
          className="max-w-xs"
          {...field("meetingsRequired")}
        />
        <Checkbox
          label="A coach confirms completion"
          hint="Once every requirement is met, a coach or admin confirms the stage is complete."
          checked={draft.requiresConfirmation}
          disabled={disabled}
          onChange={(requiresConfirmation) => onChange({ requiresConfirmation })}
        />
        <Checkbox
          label="Sessions open to all teachers"
          hint="Its sessions may be recommended to any teacher, not only those in the stage."
          checked={draft.openToAll}
          disabled={disabled}
          onChange={(openToAll) => onChange({ openToAll })}
        />
      </fieldset>
    </div>
  );
}
