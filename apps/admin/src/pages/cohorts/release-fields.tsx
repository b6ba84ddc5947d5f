import type { ReleaseMode } from "@throughline/domain/enums";
import { draftField } from "@throughline/ui/draft-field";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormField } from "@throughline/ui/form-field";
import { NumberField } from "@throughline/ui/number-field";
import { useId } from "react";
import type { SettingsDraft } from "./settings-draft.ts";

interface ReleaseFieldsProps {
  draft: SettingsDraft;
  disabled: boolean;
  errorOf: (path: string) => string | null;
  onChange: (change: Partial<SettingsDraft>) => void;
}

const modes: { value: ReleaseMode; label: string; hint: string }[] = [
  {
    value: "self_paced",
    label: "Self-paced",
    hint: "Each session opens as soon as the teacher finishes the one before.",
  },
  {
    value: "dated",
    label: "Dated release",
    hint: "Sessions open on set dates, the same for the whole cohort.",
  },
];

/** Self-paced or dated; the dates' fields appear only for a dated cohort. */
export function ReleaseFields({ draft, disabled, errorOf, onChange }: ReleaseFieldsProps) {
  const field = draftField({ draft, disabled, errorOf, onChange });
  const name = useId();
  const modeError = errorOf("releaseMode");
  return (
    <div className="flex flex-col gap-4">
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={modeError ? `${name}-error` : undefined}
      >
        <legend className="mb-1 text-sm font-medium">Release</legend>
        {modes.map((mode) => (
          <label key={mode.value} className="flex min-h-11 items-start gap-3 py-1">
            <input
              type="radio"
              name={name}
              className="mt-1 size-5 accent-primary"
              checked={draft.releaseMode === mode.value}
              disabled={disabled}
              onChange={() => onChange({ releaseMode: mode.value })}
            />
            <span className="flex flex-col">
              <span className="font-medium">{mode.label}</span>
              <span className="text-sm text-muted-foreground">{mode.hint}</span>
            </span>
          </label>
        ))}
        {modeError ? <FieldMessage id={`${name}-error`} message={modeError} /> : null}
      </fieldset>
      {draft.releaseMode === "dated" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="First session opens on" type="date" {...field("firstReleaseOn")} />
          <NumberField
            label="Days between sessions"
            hint="From 1 to 28."
            min={1}
            max={28}
            {...field("daysBetweenSessions")}
          />
        </div>
      ) : null}
    </div>
  );
}
