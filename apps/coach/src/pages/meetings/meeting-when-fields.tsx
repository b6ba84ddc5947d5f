import { DistrictZoneNote } from "@throughline/ui/district-zone-note";
import { FormField } from "@throughline/ui/form-field";
import { districtMoment } from "@throughline/ui/format";

/** What a meeting is called and when it is, as the coach types it (the district's clock). */
export interface MeetingWhen {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
}

/**
 * The title, day and times of a meeting, with the server's message under each, and the note
 * that the times are the district's: one set of fields for scheduling and for editing.
 */
export function MeetingWhenFields({
  values,
  set,
  error,
  titlePlaceholder,
}: {
  values: MeetingWhen;
  set: (field: keyof MeetingWhen) => (value: string) => void;
  error: (path: string) => string | null | undefined;
  titlePlaceholder?: string;
}) {
  return (
    <>
      <FormField
        label="Title"
        value={values.title}
        placeholder={titlePlaceholder}
        onChange={(event) => set("title")(event.target.value)}
        error={error("title")}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          label="Date"
          type="date"
          value={values.date}
          onChange={(event) => set("date")(event.target.value)}
          error={error("startsAt")}
        />
        <FormField
          label="Start time"
          type="time"
          value={values.startTime}
          onChange={(event) => set("startTime")(event.target.value)}
        />
        <FormField
          label="End time"
          type="time"
          value={values.endTime}
          onChange={(event) => set("endTime")(event.target.value)}
          error={error("endsAt")}
        />
      </div>
      <DistrictZoneNote at={districtMoment(values.date, values.startTime)} />
    </>
  );
}
