import { FormField } from "@throughline/ui/form-field";
import { SchoolPicker } from "../../lib/school-picker.tsx";
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
  return (
    <form
      className="grid gap-4 sm:grid-cols-3"
      aria-label="School and period"
      onSubmit={(event) => event.preventDefault()}
    >
      <SchoolPicker
        schools={schools}
        value={value.schoolId}
        onChange={(schoolId) => onChange({ ...value, schoolId })}
      />
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
