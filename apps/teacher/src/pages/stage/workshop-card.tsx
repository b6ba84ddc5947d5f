import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { WorkshopAttendedMark, WorkshopFacts } from "@throughline/ui/workshop-facts";
import { FeedbackPulse } from "../feedback/feedback-pulse.tsx";
import type { StageEnrolment } from "./types.ts";

/**
 * The stage's introductory workshop for the teacher's cohort, and whether they attended. Once
 * attended it asks the workshop's feedback pulse here too (the home asks only for two weeks).
 */
export function WorkshopCard({ workshop }: { workshop: StageEnrolment["workshop"] }) {
  return (
    <Card className="h-full">
      <CardHeader>
        <CardTitle>Introductory workshop</CardTitle>
        <WorkshopAttendedMark
          attended={workshop.attended}
          attendedLabel="You attended"
          pendingLabel="Not attended yet"
          className="text-sm"
        />
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <WorkshopFacts
          workshop={workshop}
          className="text-foreground"
          videoLabel="Join or watch online"
          linkClassName="font-medium text-primary underline"
        />
        {workshop.attended ? (
          // A card inside a card: on a phone it reaches into the outer padding so the answers
          // keep their words on one line.
          <FeedbackPulse
            className="-mx-3 mt-2 shadow-none sm:mx-0"
            item={{ itemKind: "workshop", itemId: workshop.cohortId }}
          />
        ) : null}
      </CardContent>
    </Card>
  );
}
