import { Label } from "@throughline/ui/label";
import { useId } from "react";

/** The school to plan; shown only when the viewer has more than one. */
export function SchoolPicker({
  schools,
  value,
  onChange,
}: {
  schools: readonly { id: string; name: string }[];
  value: string;
  onChange: (schoolId: string) => void;
}) {
  const pickerId = useId();
  if (schools.length < 2) return null;
  return (
    <div className="flex max-w-sm flex-col gap-2">
      <Label htmlFor={pickerId}>School</Label>
      <select
        id={pickerId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="block h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground"
      >
        {schools.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
      </select>
    </div>
  );
}
