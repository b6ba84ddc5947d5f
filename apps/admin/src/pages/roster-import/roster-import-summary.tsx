import { Alert } from "@throughline/ui/alert";
import { RosterCounts } from "./roster-counts.tsx";
import type { RosterImportResult } from "./types.ts";

/** After the import: what changed, in one sentence and in the same counts as the preview. */
export function RosterImportSummary({ result }: { result: RosterImportResult }) {
  const { schools, people, timetableSlots } = result.counts;
  const skipped =
    result.skippedBadRows === 0
      ? ""
      : ` ${result.skippedBadRows} bad ${result.skippedBadRows === 1 ? "row was" : "rows were"} skipped.`;
  return (
    <div className="flex flex-col gap-4">
      <Alert variant="success" title="Import finished">
        People: {people.create} created, {people.update} updated, {people.deactivate} deactivated,{" "}
        {people.unchanged} unchanged. Schools: {schools.create} created, {schools.update} updated,{" "}
        {schools.unchanged} unchanged. Timetable slots: {timetableSlots.add} added,{" "}
        {timetableSlots.remove} removed.{skipped}
      </Alert>
      {/* A district admin the roster would have locked out: kept, and said so. */}
      {result.kept.map((note) => (
        <Alert key={note} variant="info" title="District admin kept">
          {note}
        </Alert>
      ))}
      <RosterCounts counts={result.counts} done />
    </div>
  );
}
