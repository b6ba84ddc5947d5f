import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import type { CoachMeeting } from "@throughline/domain/meeting-schedule";
import { meetingStateLabel } from "@throughline/domain/rules/meeting-held";
import { Badge } from "@throughline/ui/badge";
import { formatMoment } from "@throughline/ui/format";
import { LinkRow } from "@throughline/ui/link-row";
import { TitledCard } from "@throughline/ui/titled-card";

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
          <LinkRow
            to={`/meetings/${meeting.id}`}
            title={meeting.title}
            badge={
              <Badge variant={stateVariant[meeting.display.state]}>
                {meetingStateLabel(meeting.display, formatMoment)}
              </Badge>
            }
          >
            <span className="text-sm text-muted-foreground">
              {formatMoment(meeting.startsAt)} · {meeting.agendaMinutes} minutes planned
            </span>
          </LinkRow>
        </li>
      ))}
    </ul>
  );
}

/** One titled list of the team's meetings; nothing when it is empty. */
function MeetingGroup({
  id,
  title,
  meetings,
}: {
  id: string;
  title: string;
  meetings: CoachMeeting[];
}) {
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-1">
      <h3 id={id} className="px-6 text-sm font-semibold">
        {title}
      </h3>
      <MeetingLinks meetings={meetings} label={`${title} meetings`} />
    </section>
  );
}

/** The team's support meetings (next 60 and last 180 days), each opening its record. */
export function TeamMeetingsCard({ teamId }: { teamId: string }) {
  const meetings = useQuery(trpc.meetingRoom.teamMeetings.queryOptions({ teamId }));
  return (
    <TitledCard
      title="Support meetings"
      description="Held meetings open their record: agenda, attendance and minutes held. The team's notes stay with the team."
      className="mt-6"
      contentClassName="px-0"
    >
      {!meetings.isSuccess ? (
        <QueryState query={meetings} about="the meetings" placement="card" />
      ) : meetings.data.recent.length + meetings.data.upcoming.length === 0 ? (
        <p className="px-6 text-sm text-muted-foreground">
          No meetings in the last 180 days or the next 60.
        </p>
      ) : (
        <div className="flex flex-col gap-4">
          <MeetingGroup id="recent-meetings" title="Recent" meetings={meetings.data.recent} />
          <MeetingGroup id="upcoming-meetings" title="Upcoming" meetings={meetings.data.upcoming} />
        </div>
      )}
    </TitledCard>
  );
}
