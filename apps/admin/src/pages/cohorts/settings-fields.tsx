import { draftField } from "@throughline/ui/draft-field";
import { SelectField } from "@throughline/ui/select-field";
import { ReleaseFields } from "./release-fields.tsx";
import type { SettingsDraft } from "./settings-draft.ts";
import type { FormOptions } from "./types.ts";
import { WorkshopFields } from "./workshop-fields.tsx";

interface SettingsFieldsProps {
  draft: SettingsDraft;
  coaches: FormOptions["coaches"];
  disabled: boolean;
  errorOf: (path: string) => string | null;
  onChange: (change: Partial<SettingsDraft>) => void;
}

/** What can change over a cohort's life: its coach, its pace and its workshop. */
export function SettingsFields({
  draft,
  coaches,
  disabled,
  errorOf,
  onChange,
}: SettingsFieldsProps) {
  const field = draftField({ draft, disabled, errorOf, onChange });
  return (
    <>
      <section aria-labelledby="coach-pace-heading" className="flex flex-col gap-4">
        <h2 id="coach-pace-heading" className="text-lg font-semibold">
          Coach and pace
        </h2>
        <SelectField label="Coach" {...field("coachId")}>
          <option value="">No coach yet</option>
          {coaches.map((coach) => (
            <option key={coach.id} value={coach.id}>
              {coach.displayName}
            </option>
          ))}
        </SelectField>
        <ReleaseFields draft={draft} disabled={disabled} errorOf={errorOf} onChange={onChange} />
      </section>
      <section aria-labelledby="workshop-heading" className="flex flex-col gap-4">
        <h2 id="workshop-heading" className="text-lg font-semibold">
          Workshop
        </h2>
        <WorkshopFields draft={draft} disabled={disabled} errorOf={errorOf} onChange={onChange} />
      </section>
    </>
  );
}
