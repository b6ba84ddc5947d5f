import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { CoachMeeting } from "@throughline/domain/meeting-schedule";
import { meetingStateLabel } from "@throughline/domain/rules/meeting-held";
import { Badge } from "@throughline/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { ErrorState } from "@throughline/ui/error-state";
import { formatMoment } from "@throughline/ui/format";
import { Loading } from "@throughline/ui/loading";
import { ChevronRight } from "lucide-react";
import { Link } from "react-router";

const stateVariant = {
  held: "success",
  in_progress: "info",
  scheduled: "neutral",
  not_held: "warning",
  cancelled: "neutral",
} as const;

function MeetingLinks({ meetings, label }: { meetings: CoachMeeting[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-border">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link
            to={`/meetings/${meeting.id}`}
            className="flex min-h-14 items-center gap-3 px-6 py-3 hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          >
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="font-medium text-foreground">{meeting.title}</span>
              <span className="text-sm text-muted-foreground">
                {formatMoment(meeting.startsAt)} · {meeting.agendaMinutes} minutes planned
              </span>
            </span>
            <Badge variant={stateVariant[meeting.display.state]}>
              {meetingStateLabel(meeting.display, formatMoment)}
            </Badge>
            <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The team's support meetings (next 60 and last 180 days), each opening its record. */
export function TeamMeetingsCard({ teamId }: { teamId: string }) {
  const meetings = useQuery(trpc.meetingRoom.teamMeetings.queryOptions({ teamId }));
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>Support meetings</CardTitle>
        <CardDescription>
          Held meetings open their record: agenda, attendance and minutes held. The team's notes
          stay with the team.
        </CardDescription>
      </CardHeader>
      <CardContent className="px-0">
        {meetings.isPending ? (
          <Loading variant="inline" label="Loading the meetings…" />
        ) : meetings.isError ? (
          <ErrorState
            headingLevel={3}
            title="The meetings could not be loaded"
            message={meetings.error.message}
            onRetry={() => void meetings.refetch()}
            retrying={meetings.isFetching}
          />
        ) : meetings.data.recent.length + meetings.data.upcoming.length === 0 ? (
          <p className="px-6 text-sm text-muted-foreground">
            No meetings in the last 180 days or the next 60.
          </p>
        ) : (
          <div className="flex flex-col gap-4">
            {meetings.data.recent.length > 0 ? (
              <section aria-labelledby="recent-meetings" className="flex flex-col gap-1">
                <h3 id="recent-meetings" className="px-6 text-sm font-semibold">
                  Recent
                </h3>
                <MeetingLinks meetings={meetings.data.recent} label="Recent meetings" />
              </section>
            ) : null}
            {meetings.data.upcoming.length > 0 ? (
              <section aria-labelledby="upcoming-meetings" className="flex flex-col gap-1">
                <h3 id="upcoming-meetings" className="px-6 text-sm font-semibold">
                  Upcoming
                </h3>
                <MeetingLinks meetings={meetings.data.upcoming} label="Upcoming meetings" />
              </section>
            ) : null}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
