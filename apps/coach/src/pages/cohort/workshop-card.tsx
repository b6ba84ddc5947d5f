import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDateTime, formatDuration } from "@throughline/ui/format";
import { CalendarDays, Clock, MapPin, Video } from "lucide-react";
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
        <ul className="grid gap-3 text-sm">
          <li className="flex items-start gap-2">
            <CalendarDays
              aria-hidden="true"
              className="mt-0.5 size-4 shrink-0 text-muted-foreground"
            />
            <span>
              {workshop.startsAt ? formatDateTime(workshop.startsAt) : "Date to be announced"}
            </span>
          </li>
          <li className="flex items-start gap-2">
            <Clock aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            <span>{formatDuration(workshop.minutes)} toward each attendee's PD hours</span>
          </li>
          {workshop.location ? (
            <li className="flex items-start gap-2">
              <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
              <span>{workshop.location}</span>
            </li>
          ) : null}
          {workshop.videoUrl ? (
            <li className="flex items-start gap-2">
              <Video aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
              <a href={workshop.videoUrl} target="_blank" rel="noreferrer noopener">
                Video link<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </li>
          ) : null}
        </ul>
        {workshop.description ? (
          <p className="max-w-prose text-sm text-muted-foreground">{workshop.description}</p>
        ) : null}
      </CardContent>
    </Card>
  );
}
