import type { CalendarEvent } from "@throughline/domain/calendar";
import { CalendarDays, MapPin, Video } from "lucide-react";
import { Badge } from "./badge.tsx";
import { formatTimeSpan, formatWeekdayDate } from "./format.ts";

/** A list of upcoming meetings and workshops, as the calendar feed describes them. */
export function CalendarEventList({ events }: { events: readonly CalendarEvent[] }) {
  return (
    <ul className="flex flex-col divide-y divide-border rounded-[var(--radius-card)] border border-border bg-surface">
      {events.map((event) => (
        <li key={event.uid} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:gap-4">
          <p className="flex shrink-0 items-center gap-2 text-sm font-medium text-foreground sm:w-64">
            <CalendarDays aria-hidden="true" className="size-4 text-muted-foreground" />
            <time dateTime={event.startsAt.toISOString()}>
              {formatWeekdayDate(event.startsAt)}, {formatTimeSpan(event.startsAt, event.endsAt)}
            </time>
          </p>
          <div className="flex min-w-0 flex-col gap-1">
            <p className="flex flex-wrap items-center gap-2 font-medium text-foreground">
              {event.summary}
              <Badge variant={event.kind === "workshop" ? "info" : "neutral"}>
                {event.kind === "workshop" ? "Workshop" : "Meeting"}
              </Badge>
              {event.cancelled ? <Badge variant="danger">Cancelled</Badge> : null}
            </p>
            <Place event={event} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Place({ event }: { event: CalendarEvent }) {
  // Without a room the feed uses the video link as the place; show it once, as a link.
  const room = event.location && event.location !== event.url ? event.location : null;
  return (
    <>
      {room ? (
        <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
          <MapPin aria-hidden="true" className="size-4 shrink-0" />
          {room}
        </p>
      ) : null}
      {event.url ? (
        <a
          href={event.url}
          target="_blank"
          rel="noreferrer"
          className="flex items-center gap-1.5 text-sm text-primary underline underline-offset-4"
        >
          <Video aria-hidden="true" className="size-4 shrink-0" />
          Join online
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : null}
    </>
  );
}
