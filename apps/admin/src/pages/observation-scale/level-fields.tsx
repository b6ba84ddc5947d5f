import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import type { LevelDraft } from "./types.ts";

interface LevelFieldsProps {
  rank: number;
  count: number;
  level: LevelDraft;
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (level: LevelDraft) => void;
}

function positionWords(rank: number, count: number): string {
  if (rank === 0) return "lowest";
  if (rank === count - 1) return "highest";
  return `${rank + 1} of ${count}`;
}

/** The name and description of one level; ratings keep their rank, so a rename follows them. */
export function LevelFields({ rank, count, level, error, disabled, onChange }: LevelFieldsProps) {
  return (
    <fieldset className="grid gap-4 rounded-md border border-border p-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      <legend className="px-1 text-sm font-medium">
        Level {rank + 1} ({positionWords(rank, count)})
      </legend>
      <FormField
        label="Name"
        value={level.label}
        maxLength={60}
        disabled={disabled}
        error={fieldError(error, `levels.${rank}.label`)}
        onChange={(event) => onChange({ ...level, label: event.target.value })}
      />
      <FormField
        label="Description"
        value={level.description}
        maxLength={300}
        disabled={disabled}
        error={fieldError(error, `levels.${rank}.description`)}
        onChange={(event) => onChange({ ...level, description: event.target.value })}
      />
    </fieldset>
  );
}
