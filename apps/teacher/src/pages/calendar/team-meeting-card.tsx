import { Badge } from "@throughline/ui/badge";
import { formatLongWeekdayDate, formatTimeSpan } from "@throughline/ui/format";
import { MeetingPlace } from "@throughline/ui/meeting-place";
import { RepeatsBadge } from "@throughline/ui/repeats-badge";
import { VideoCallLink } from "@throughline/ui/video-call-link";
import { MeetingAgenda } from "./meeting-agenda.tsx";
import type { MemberMeeting } from "./types.ts";

/** One upcoming team meeting: when, where, and its agenda to prepare with. */
export function TeamMeetingCard({ meeting }: { meeting: MemberMeeting }) {
  const cancelled = meeting.status === "cancelled";
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4">
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className={cancelled ? "font-semibold line-through" : "font-semibold"}>
            {meeting.title}
          </h3>
          {cancelled ? <Badge variant="danger">Cancelled</Badge> : null}
          {meeting.status === "in_progress" ? <Badge variant="success">Happening now</Badge> : null}
          {meeting.repeats ? <RepeatsBadge /> : null}
        </div>
        <p className="text-sm text-muted-foreground">
          {meeting.teamName} · {formatLongWeekdayDate(meeting.startsAt)},{" "}
          {formatTimeSpan(meeting.startsAt, meeting.endsAt)}
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <MeetingPlace location={meeting.location} />
          {meeting.videoUrl && !cancelled ? (
            <VideoCallLink href={meeting.videoUrl} size="sm" />
          ) : null}
        </p>
      </div>
      {cancelled ? null : <MeetingAgenda agenda={meeting.agenda} />}
    </li>
  );
}
