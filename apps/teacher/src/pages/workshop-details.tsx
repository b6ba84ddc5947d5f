import { formatDateTime, formatDuration } from "@throughline/ui/format";
import { CalendarDays, Clock, MapPin, Video } from "lucide-react";
import type { Enrolment } from "../lib/types.ts";

/** The stage's introductory workshop: when, where or by which link, how long, and what about. */
export function WorkshopDetails({ workshop }: { workshop: Enrolment["workshop"] }) {
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-border px-4 py-3 text-sm @2xl:col-span-2">
      <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        Introductory workshop
      </h4>
      <ul className="flex flex-wrap gap-x-5 gap-y-1.5 text-foreground">
        <li className="inline-flex items-center gap-1.5">
          <CalendarDays aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          {workshop.startsAt ? formatDateTime(workshop.startsAt) : "Date to be announced"}
        </li>
        {workshop.location ? (
          <li className="inline-flex items-center gap-1.5">
            <MapPin aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
            {workshop.location}
          </li>
        ) : null}
        {workshop.videoUrl ? (
          <li className="inline-flex items-center gap-1.5">
            <Video aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
            <a href={workshop.videoUrl} target="_blank" rel="noreferrer noopener">
              Join online<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
        ) : null}
        <li className="inline-flex items-center gap-1.5">
          <Clock aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          {formatDuration(workshop.minutes)}
        </li>
      </ul>
      {workshop.description ? (
        <p className="text-muted-foreground">{workshop.description}</p>
      ) : null}
    </div>
  );
}
