import { type ImpactReport, impactGroupingLabels } from "@throughline/domain/impact-report";
import { SelectField } from "@throughline/ui/select-field";
import { DateRangeFields } from "../../lib/date-range-fields.tsx";
import { SchoolSelect } from "../../lib/school-picker.tsx";
import { StageOptions } from "../../lib/stage-options.tsx";
import type { ImpactChoice } from "./use-impact-choice.ts";

interface ImpactFiltersProps {
  value: ImpactChoice;
  options: ImpactReport["options"] | undefined;
  /** Only what changed: the page merges it into the address. */
  onChange: (patch: Partial<ImpactChoice>) => void;
  /** The server's messages for the dates, next to the field they name. */
  errors: { from: string | null; to: string | null };
}

/** Which period, school, stage and cohort the report covers, and what it is broken down by. */
export function ImpactFilters({ value, options, onChange, errors }: ImpactFiltersProps) {
  const schools = options?.schools ?? [];
  const cohorts = (options?.cohorts ?? []).filter(
    (cohort) =>
      (value.schoolId === "" || cohort.schoolId === value.schoolId) &&
      (value.stageId === "" || cohort.stageId === value.stageId),
  );
  return (
    <form
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      aria-label="Report period and filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <DateRangeFields from={value.from} to={value.to} errors={errors} onChange={onChange} />
      <SelectField
        label="Break down by"
        value={value.by}
        onChange={(event) => {
          const by = event.target.value;
          if (by === "school" || by === "cohort" || by === "stage") onChange({ by });
        }}
      >
        {(["school", "cohort", "stage"] as const).map((grouping) => (
          <option key={grouping} value={grouping}>
            {impactGroupingLabels[grouping]}
          </option>
        ))}
      </SelectField>
      <SchoolSelect
        schools={schools}
        value={value.schoolId}
        emptyLabel={schools.length > 1 ? "All schools" : "All my schools"}
        onChange={(schoolId) => onChange({ schoolId, cohortId: "" })}
      />
      <SelectField
        label="Stage"
        value={value.stageId}
        onChange={(event) => onChange({ stageId: event.target.value, cohortId: "" })}
      >
        <option value="">All stages</option>
        <StageOptions stages={options?.stages ?? []} />
      </SelectField>
      <SelectField
        label="Cohort"
        value={value.cohortId}
        onChange={(event) => onChange({ cohortId: event.target.value })}
      >
        <option value="">All cohorts</option>
        {cohorts.map((cohort) => (
          <option key={cohort.id} value={cohort.id}>
            {cohort.name}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
