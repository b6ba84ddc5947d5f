import { catalogueEventKindLabels, catalogueEventKindSchema } from "@throughline/domain/catalogue";
import { CheckboxListFieldset } from "@throughline/ui/checkbox-list-fieldset";
import { FormField } from "@throughline/ui/form-field";
import { NumberField } from "@throughline/ui/number-field";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { AudienceFieldsets } from "./audience-fieldsets.tsx";
import type { EventDraft } from "./event-draft.ts";

/**
 * The fields of a live session or workshop. `errorOf` gives the server's message for a field
 * of the API's input (startsAt, seatLimit…), shown beside the field that holds it.
 */
export function EventFields({
  draft,
  onChange,
  indicators,
  errorOf,
}: {
  draft: EventDraft;
  onChange: (draft: EventDraft) => void;
  indicators: readonly { id: string; code: string; title: string }[];
  errorOf: (path: string) => string | null;
}) {
  const set = (patch: Partial<EventDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="flex flex-col gap-4">
      <FormField
        label="Title"
        value={draft.title}
        onChange={(event) => set({ title: event.target.value })}
        error={errorOf("title")}
        required
      />
      <TextAreaField
        label="Description"
        value={draft.description}
        onChange={(event) => set({ description: event.target.value })}
        error={errorOf("description")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label="Kind"
          value={draft.kind}
          onChange={(event) =>
            set({ kind: catalogueEventKindSchema.safeParse(event.target.value).data ?? "workshop" })
          }
          error={errorOf("kind")}
        >
          {catalogueEventKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {catalogueEventKindLabels[kind]}
            </option>
          ))}
        </SelectField>
        <FormField
          label="Date"
          type="date"
          value={draft.date}
          onChange={(event) => set({ date: event.target.value })}
          error={errorOf("startsAt")}
          required
        />
        <FormField
          label="Starts at"
          type="time"
          value={draft.startTime}
          onChange={(event) => set({ startTime: event.target.value })}
          required
        />
        <FormField
          label="Ends at"
          type="time"
          value={draft.endTime}
          onChange={(event) => set({ endTime: event.target.value })}
          error={errorOf("endsAt")}
          required
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Location"
          hint="A room, or leave blank for an online session."
          value={draft.location}
          onChange={(event) => set({ location: event.target.value })}
          error={errorOf("location")}
        />
        <FormField
          label="Join link"
          type="url"
          hint="For online sessions: https://…"
          value={draft.joinUrl}
          onChange={(event) => set({ joinUrl: event.target.value })}
          error={errorOf("joinUrl")}
        />
        <NumberField
          label="Seats"
          min={1}
          value={draft.seatLimit}
          onChange={(event) => set({ seatLimit: event.target.value })}
          error={errorOf("seatLimit")}
          required
        />
        <NumberField
          label="PD minutes credited for attending"
          min={0}
          value={draft.pdMinutes}
          onChange={(event) => set({ pdMinutes: event.target.value })}
          error={errorOf("pdMinutes")}
          required
        />
      </div>
      <CheckboxListFieldset
        legend="Indicators it addresses"
        items={indicators.map((item) => ({ id: item.id, label: `${item.code} ${item.title}` }))}
        chosen={draft.indicatorIds}
        onChange={(indicatorIds) => set({ indicatorIds })}
        error={errorOf("indicatorIds")}
      />
      <AudienceFieldsets
        audience={draft}
        onChange={({ gradeBands, subjects }) => set({ gradeBands, subjects })}
        gradeBandsError={errorOf("gradeBands")}
        subjectsError={errorOf("subjects")}
      />
    </div>
  );
}

/** The input's field paths, for the form-wide message when the error names none of them. */
export const eventFieldPaths = [
  "title",
  "description",
  "kind",
  "startsAt",
  "endsAt",
  "location",
  "joinUrl",
  "seatLimit",
  "pdMinutes",
  "indicatorIds",
  "gradeBands",
  "subjects",
];
