import { DateRangeFields } from "../../lib/date-range-fields.tsx";
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
      <DateRangeFields
        from={value.from}
        to={value.to}
        errors={errors}
        onChange={(day) => onChange({ ...value, ...day })}
      />
    </form>
  );
}
