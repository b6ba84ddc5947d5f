import {
  type GradeBand,
  gradeBandLabels,
  gradeBandSchema,
  type Subject,
  subjectLabels,
  subjectSchema,
} from "@throughline/domain/catalogue";
import { CheckboxListFieldset } from "@throughline/ui/checkbox-list-fieldset";

const bandItems = gradeBandSchema.options.map((id) => ({ id, label: gradeBandLabels[id] }));
const subjectItems = subjectSchema.options.map((id) => ({ id, label: subjectLabels[id] }));

interface Audience {
  gradeBands: GradeBand[];
  subjects: Subject[];
}

/**
 * Whom a catalogue entry suits: the grade bands and subjects a teacher filters the catalogue
 * by, the same for an elective session and a live event. None chosen means every one.
 */
export function AudienceFieldsets({
  audience,
  onChange,
  gradeBandsError,
  subjectsError,
}: {
  audience: Audience;
  onChange: (audience: Audience) => void;
  gradeBandsError: string | null;
  subjectsError: string | null;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <CheckboxListFieldset
        legend="Grade bands"
        hint="None chosen: it suits every grade band."
        items={bandItems}
        chosen={audience.gradeBands}
        onChange={(ids) =>
          onChange({
            ...audience,
            gradeBands: ids.flatMap((id) => gradeBandSchema.safeParse(id).data ?? []),
          })
        }
        error={gradeBandsError}
      />
      <CheckboxListFieldset
        legend="Subjects"
        hint="None chosen: it suits every subject."
        items={subjectItems}
        chosen={audience.subjects}
        onChange={(ids) =>
          onChange({
            ...audience,
            subjects: ids.flatMap((id) => subjectSchema.safeParse(id).data ?? []),
          })
        }
        error={subjectsError}
      />
    </div>
  );
}
