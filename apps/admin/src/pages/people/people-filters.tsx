import type { Role } from "@throughline/domain/enums";
import { Button } from "@throughline/ui/button";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useState } from "react";
import { SchoolSelect } from "../../lib/school-picker.tsx";
import { roleLabels } from "./role-label.ts";
import type { PeopleOptions } from "./types.ts";

export interface PeopleFilterValues {
  query: string;
  schoolId: string;
  role: Role | "";
  includeInactive: boolean;
}

/** Search text is applied on submit; the choices apply at once. */
export function PeopleFilters({
  values,
  options,
  onChange,
}: {
  values: PeopleFilterValues;
  options: PeopleOptions;
  onChange: (values: PeopleFilterValues) => void;
}) {
  const [query, setQuery] = useState(values.query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...values, query });
  };
  return (
    <search aria-label="Find people">
      <form onSubmit={submit} className="mb-6 grid gap-4 sm:grid-cols-[2fr_1fr_1fr] sm:items-end">
        <div className="flex items-end gap-2">
          <FormField
            label="Name or email"
            type="search"
            className="flex-1"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
        <SchoolSelect
          schools={options.schools}
          emptyLabel={options.districtWide ? "All schools" : "All my schools"}
          value={values.schoolId}
          onChange={(schoolId) => onChange({ ...values, query, schoolId })}
        />
        <SelectField
          label="Role"
          value={values.role}
          onChange={(event) =>
            onChange({ ...values, query, role: event.target.value as PeopleFilterValues["role"] })
          }
        >
          <option value="">All roles</option>
          {Object.entries(roleLabels).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label="Include inactive people"
          className="sm:col-span-3"
          checked={values.includeInactive}
          onChange={(includeInactive) => onChange({ ...values, query, includeInactive })}
        />
      </form>
    </search>
  );
}
