import { CheckboxField } from "@throughline/ui/checkbox-field";
import { draftField } from "@throughline/ui/draft-field";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import type { StageDraft } from "./stage-draft.ts";

export interface StageFieldsProps {
  draft: StageDraft;
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (change: Partial<StageDraft>) => void;
}

/** The yes-or-no parts of the completion rule, in the order they are shown. */
const completionOptions = [
  {
    key: "requiresConfirmation",
    label: "A coach confirms completion",
    hint: "Once every requirement is met, a coach or admin confirms the stage is complete.",
  },
  {
    key: "openToAll",
    label: "Sessions open to all teachers",
    hint: "Its sessions may be recommended to any teacher, not only those in the stage.",
  },
] as const;

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
        {completionOptions.map((option) => (
          <CheckboxField
            key={option.key}
            label={option.label}
            hint={option.hint}
            checked={draft[option.key]}
            disabled={disabled}
            onChange={(checked) => onChange({ [option.key]: checked })}
          />
        ))}
      </fieldset>
    </div>
  );
}
