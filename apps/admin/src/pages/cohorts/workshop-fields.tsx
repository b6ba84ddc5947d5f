import { draftField } from "@throughline/ui/draft-field";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormField } from "@throughline/ui/form-field";
import { Label } from "@throughline/ui/label";
import { NumberField } from "@throughline/ui/number-field";
import { Textarea } from "@throughline/ui/textarea";
import { useId } from "react";
import type { SettingsDraft } from "./settings-draft.ts";

interface WorkshopFieldsProps {
  draft: SettingsDraft;
  disabled: boolean;
  errorOf: (path: string) => string | null;
  onChange: (change: Partial<SettingsDraft>) => void;
}

/** The stage's introductory workshop: when, how long, where or by video, and what it covers. */
export function WorkshopFields({ draft, disabled, errorOf, onChange }: WorkshopFieldsProps) {
  const descriptionId = useId();
  const descriptionError = errorOf("workshop.description");
  const field = draftField({ draft, disabled, errorOf, onChange });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        label="Workshop starts"
        type="datetime-local"
        {...field("workshopStartsAt", "workshop.startsAt")}
      />
      <NumberField
        label="Length in minutes"
        hint="Counts toward the attendees' PD hours."
        min={0}
        {...field("workshopMinutes", "workshop.minutes")}
      />
      <FormField label="Location" {...field("workshopLocation", "workshop.location")} />
      <FormField
        label="Video link (optional)"
        type="url"
        placeholder="https://"
        {...field("workshopVideoUrl", "workshop.videoUrl")}
      />
      <div className="flex flex-col gap-2 sm:col-span-2">
        <Label htmlFor={descriptionId}>Description</Label>
        <Textarea
          id={descriptionId}
          rows={3}
          value={draft.workshopDescription}
          disabled={disabled}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? `${descriptionId}-error` : undefined}
          onChange={(event) => onChange({ workshopDescription: event.target.value })}
        />
        {descriptionError ? (
          <FieldMessage id={`${descriptionId}-error`} message={descriptionError} />
        ) : null}
      </div>
    </div>
  );
}
