import {
  pdActivityKindLabels,
  pdActivityKindSchema,
  type Transcript,
} from "@throughline/domain/transcript";
import { stringify } from "csv-stringify/sync";

const kinds = pdActivityKindSchema.options;

/**
 * The transcript as CSV: a header, one row per activity, a subtotal per kind and the total; the
 * rows carry the same days and hours the page shows, so they add up to the totals.
 * Formula-like text is escaped, since titles are typed by people and spreadsheets run formulas.
 */
export function transcriptCsv(transcript: Transcript): string {
  const { totals } = transcript;
  return stringify(
    [
      ...transcript.activities.map((activity) => [
        activity.day,
        pdActivityKindLabels[activity.kind],
        activity.title,
        activity.minutes,
        activity.hours.toFixed(1),
      ]),
      ...kinds.map((kind) => [
        "",
        `Total: ${pdActivityKindLabels[kind]}`,
        "",
        totals.byKind[kind].minutes,
        totals.byKind[kind].hours.toFixed(1),
      ]),
      [
        "",
        "Total",
        `PD hours ${transcript.schoolYear}`,
        totals.total.minutes,
        totals.total.hours.toFixed(1),
      ],
    ],
    {
      header: true,
      // The day is the district's calendar day; the header says which zone, since a CSV travels.
      columns: [`Date (${transcript.timeZone})`, "Activity", "Title", "Minutes", "Hours"],
      escape_formulas: true,
      // A byte-order mark, so spreadsheet programs read names such as "Tomás" as UTF-8.
      bom: true,
    },
  );
}
