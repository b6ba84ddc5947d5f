import {
  minutesToHours,
  pdActivityKindLabels,
  pdActivityKindSchema,
  type Transcript,
} from "@throughline/domain/transcript";
import { stringify } from "csv-stringify/sync";

const kinds = pdActivityKindSchema.options;

/**
 * The transcript as CSV: a header, one row per activity, a subtotal per kind and the total.
 * Formula-like text is escaped, since titles are typed by people and spreadsheets run formulas.
 */
export function transcriptCsv(transcript: Transcript): string {
  const { totals } = transcript;
  return stringify(
    [
      ...transcript.activities.map((activity) => [
        activity.date.toISOString().slice(0, 10),
        pdActivityKindLabels[activity.kind],
        activity.title,
        activity.minutes,
        minutesToHours(activity.minutes).toFixed(1),
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
      columns: ["Date", "Activity", "Title", "Minutes", "Hours"],
      escape_formulas: true,
      // A byte-order mark, so spreadsheet programs read names such as "Tomás" as UTF-8.
      bom: true,
    },
  );
}
