import { Card, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { AttendanceRow } from "./attendance-row.tsx";
import type { CohortWorkshop } from "./types.ts";

/** The workshop's attendance as a checklist: one checkbox per teacher, saved as it changes. */
export function AttendanceList({ cohort }: { cohort: CohortWorkshop }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle id="attendance-heading">Workshop attendance</CardTitle>
        <CardDescription id="attendance-hint">
          Tick each teacher who attended. Each change is saved at once.
        </CardDescription>
      </CardHeader>
      {cohort.roster.length > 0 ? (
        <fieldset aria-describedby="attendance-hint" className="pb-3">
          <legend className="sr-only">Who attended the introductory workshop</legend>
          <ul className="divide-y divide-border border-t border-border">
            {cohort.roster.map((row) => (
              <AttendanceRow key={row.personId} cohortId={cohort.cohort.id} row={row} />
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="px-6 pb-6 text-sm text-muted-foreground">
          No teachers are enrolled in this cohort yet.
        </p>
      )}
    </Card>
  );
}
