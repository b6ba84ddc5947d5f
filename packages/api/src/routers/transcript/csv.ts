import {
  EXTERNAL_ACTIVITY_LABEL,
  type FullTranscript,
  type TranscriptLine,
} from "@throughline/domain/external-pd-transcript";
import { pdActivityKindLabels, pdActivityKindSchema } from "@throughline/domain/transcript";
import { stringify } from "csv-stringify/sync";

const kinds = pdActivityKindSchema.options;

function activityLabel(line: TranscriptLine): string {
  return line.kind === "external" ? EXTERNAL_ACTIVITY_LABEL : pdActivityKindLabels[line.kind];
}

/**
 * The transcript as CSV: a header, one row per activity, a subtotal per kind, the external
 * hours and the total; the rows carry the same days and hours the page shows, so they add up to
 * the totals. An external activity names its provider.
 * Formula-like text is escaped, since titles are typed by people and spreadsheets run formulas.
 */
export function transcriptCsv(transcript: FullTranscript): string {
  const { totals } = transcript;
  return stringify(
    [
      ...transcript.activities.map((activity) => [
        activity.day,
        activityLabel(activity),
        activity.title,
        activity.external?.provider ?? "",
        activity.minutes,
        activity.hours.toFixed(1),
      ]),
      ...kinds.map((kind) => [
        "",
        `Total: ${pdActivityKindLabels[kind]}`,
        "",
        "",
        totals.byKind[kind].minutes,
        totals.byKind[kind].hours.toFixed(1),
      ]),
      [
        "",
        `Total: ${EXTERNAL_ACTIVITY_LABEL}`,
        "",
        "",
        totals.external.minutes,
        totals.external.hours.toFixed(1),
      ],
      [
        "",
        "Total",
        `PD hours ${transcript.schoolYear}`,
        "",
        totals.total.minutes,
        totals.total.hours.toFixed(1),
      ],
    ],
    {
      header: true,
      // The day is the district's calendar day; the header says which zone, since a CSV travels.
      columns: [
        `Date (${transcript.timeZone})`,
        "Activity",
        "Title",
        "Provider",
        "Minutes",
        "Hours",
      ],
      escape_formulas: true,
      // A byte-order mark, so spreadsheet programs read names such as "Tomás" as UTF-8.
      bom: true,
    },
  );
}
