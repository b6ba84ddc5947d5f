import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDuration } from "@throughline/ui/format";
import { WorkshopFacts } from "@throughline/ui/workshop-facts";
import type { CohortWorkshop } from "./types.ts";

/** The cohort's introductory workshop: when, where or by which link, how long, what about. */
export function WorkshopCard({ cohort }: { cohort: CohortWorkshop }) {
  const { workshop, roster } = cohort;
  const attended = roster.filter((row) => row.workshopAttended).length;
  return (
    <Card>
      <CardHeader>
        <CardTitle id="workshop-heading">Introductory workshop</CardTitle>
        <CardDescription>
          {attended} of {roster.length} teachers attended
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <WorkshopFacts
          workshop={workshop}
          className="gap-3 text-sm"
          duration={`${formatDuration(workshop.minutes)} toward each attendee's PD hours`}
          videoLabel="Video link"
          descriptionClassName="max-w-prose text-sm"
        />
      </CardContent>
    </Card>
  );
}
