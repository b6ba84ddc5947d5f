import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { NumberField } from "@throughline/ui/number-field";
import { SelectField } from "@throughline/ui/select-field";
import type { CredentialDraft } from "./credential-draft.ts";

export interface PassingRuleFieldsProps {
  draft: CredentialDraft;
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (change: Pick<CredentialDraft, "minimumLevel" | "allowedOneBelow">) => void;
}

/** Earned when every criterion reaches the minimum level, but for a few one level below. */
export function PassingRuleFields({ draft, error, disabled, onChange }: PassingRuleFieldsProps) {
  const { minimumLevel, allowedOneBelow } = draft;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-base font-semibold text-foreground">Passing rule</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Every criterion at or above"
          value={minimumLevel}
          disabled={disabled}
          error={fieldError(error, "passingRule.minimumLevel")}
          onChange={(event) => onChange({ minimumLevel: event.target.value, allowedOneBelow })}
        >
          <option value="">Choose a level</option>
          {draft.levels.map((level, index) => (
            <option key={level.id} value={level.id}>
              {level.label || `Level ${index + 1}`}
            </option>
          ))}
        </SelectField>
        <NumberField
          label="Criteria allowed one level below"
          min={0}
          value={allowedOneBelow}
          disabled={disabled}
          error={fieldError(error, "passingRule.allowedOneBelow")}
          onChange={(event) => onChange({ minimumLevel, allowedOneBelow: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
