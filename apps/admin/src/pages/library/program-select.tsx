import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { SelectField } from "@throughline/ui/select-field";
import type { ProgramOption } from "./types.ts";

/** The district's open programs, to import a stage into (it goes last in the program). */
export function ProgramSelect({
  label = "Into program",
  programs,
  value,
  onChange,
  error,
  disabled,
}: {
  label?: string;
  programs: readonly ProgramOption[];
  value: string;
  onChange: (programId: string) => void;
  error: ApiErrorLike | null;
  disabled?: boolean;
}) {
  return (
    <SelectField
      label={label}
      value={value}
      disabled={disabled}
      error={fieldError(error, "programId")}
      onChange={(event) => onChange(event.target.value)}
    >
      {programs
        .filter((program) => !program.archived)
        .map((program) => (
          <option key={program.id} value={program.id}>
            {program.title}
          </option>
        ))}
    </SelectField>
  );
}

/** The first open program, the choice until the admin picks another. */
export function firstOpenProgram(programs: readonly ProgramOption[]): string {
  return programs.find((program) => !program.archived)?.id ?? "";
}
