import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDateTime, formatDuration } from "@throughline/ui/format";
import { CalendarDays, CircleCheck, CircleDashed, Clock, MapPin, Video } from "lucide-react";
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
        {workshop.attended ? (
          <p className="inline-flex items-center gap-1.5 text-sm font-medium text-success">
            <CircleCheck aria-hidden="true" className="size-4" />
            You attended
          </p>
        ) : (
          <p className="inline-flex items-center gap-1.5 text-sm text-muted-foreground">
            <CircleDashed aria-hidden="true" className="size-4" />
            Not attended yet
          </p>
        )}
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <ul className="flex flex-col gap-2 text-foreground">
          <li className="flex items-start gap-2">
            <CalendarDays aria-hidden="true" className="mt-0.5 size-4 text-muted-foreground" />
            {workshop.startsAt ? formatDateTime(workshop.startsAt) : "Date to be announced"}
          </li>
          <li className="flex items-start gap-2">
            <Clock aria-hidden="true" className="mt-0.5 size-4 text-muted-foreground" />
            {formatDuration(workshop.minutes)}
          </li>
          {workshop.location ? (
            <li className="flex items-start gap-2">
              <MapPin aria-hidden="true" className="mt-0.5 size-4 text-muted-foreground" />
              {workshop.location}
            </li>
          ) : null}
          {workshop.videoUrl ? (
            <li className="flex items-start gap-2">
              <Video aria-hidden="true" className="mt-0.5 size-4 text-muted-foreground" />
              <a
                href={workshop.videoUrl}
                target="_blank"
                rel="noreferrer noopener"
                className="font-medium text-primary underline"
              >
                Join or watch online<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </li>
          ) : null}
        </ul>
        {workshop.description ? (
          <p className="text-muted-foreground">{workshop.description}</p>
        ) : null}
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
