import { SelectField } from "@throughline/ui/select-field";

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
  schools: readonly { id: string; name: string }[];
  value: string;
  onChange: (schoolId: string) => void;
  /** Where it sits in the page (width, spacing). */
  className?: string;
}) {
  if (schools.length < 2) return null;
  return (
    <div className={className}>
      <SelectField label="School" value={value} onChange={(event) => onChange(event.target.value)}>
        {schools.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
