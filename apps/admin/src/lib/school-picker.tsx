import { SelectField } from "@throughline/ui/select-field";

type School = { id: string; name: string };

/**
 * The "School" select of a form or a filter: the schools by name, after a first empty choice when
 * the field may be left unset ("Choose a school", "All schools").
 */
export function SchoolSelect({
  schools,
  value,
  onChange,
  emptyLabel,
  disabled,
  error,
}: {
  schools: readonly School[];
  value: string;
  onChange: (schoolId: string) => void;
  /** The first choice, whose value is the empty string; none when a school is always chosen. */
  emptyLabel?: string;
  disabled?: boolean;
  error?: string | null;
}) {
  return (
    <SelectField
      label="School"
      value={value}
      disabled={disabled}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
      {schools.map((school) => (
        <option key={school.id} value={school.id}>
          {school.name}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * The school a page shows, for someone who leads more than one; nothing for one school (the page
 * is about that school). The collaboration planner, the walkthrough record and the walkthrough
 * summary ask the same question the same way.
 */
export function SchoolPicker({
  schools,
  value,
  onChange,
  className,
}: {
  schools: readonly School[];
  value: string;
  onChange: (schoolId: string) => void;
  /** Where it sits in the page (width, spacing). */
  className?: string;
}) {
  if (schools.length < 2) return null;
  return (
    <div className={className}>
      <SchoolSelect schools={schools} value={value} onChange={onChange} />
    </div>
  );
}
