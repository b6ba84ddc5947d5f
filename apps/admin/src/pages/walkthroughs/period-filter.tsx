import { FormField } from "@throughline/ui/form-field";
import { Label } from "@throughline/ui/label";
import { useId } from "react";
import type { PeriodChoice } from "./types.ts";

interface PeriodFilterProps {
  value: PeriodChoice;
  /** Shown as a picker only when there is more than one school to choose from. */
  schools: readonly { id: string; name: string }[];
  onChange: (next: PeriodChoice) => void;
  /** The server's messages for the dates, next to the field they name. */
  errors: { from: string | null; to: string | null };
}

/** Which school and which days the view covers. */
export function PeriodFilter({ value, schools, onChange, errors }: PeriodFilterProps) {
  const schoolId = useId();
  return (
    <form
      className="grid gap-4 sm:grid-cols-3"
      aria-label="School and period"
      onSubmit={(event) => event.preventDefault()}
    >
      {schools.length > 1 ? (
        <div className="flex flex-col gap-2">
          <Label htmlFor={schoolId}>School</Label>
          <select
            id={schoolId}
            value={value.schoolId}
            onChange={(event) => onChange({ ...value, schoolId: event.target.value })}
            className="block h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground"
          >
            {schools.map((school) => (
              <option key={school.id} value={school.id}>
                {school.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <FormField
        label="From"
        type="date"
        value={value.from}
        error={errors.from}
        onChange={(event) => {
          if (event.target.value) onChange({ ...value, from: event.target.value });
        }}
      />
      <FormField
        label="To"
        type="date"
        value={value.to}
        error={errors.to}
        onChange={(event) => {
          if (event.target.value) onChange({ ...value, to: event.target.value });
        }}
      />
    </form>
  );
}
