import { meetingStateLabel } from "@throughline/domain/rules/meeting-held";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { formatWeekdayDate } from "@throughline/ui/format";
import { MeetingPlace } from "@throughline/ui/meeting-place";
import { RepeatsBadge } from "@throughline/ui/repeats-badge";
import { Video } from "lucide-react";
import { Link } from "react-router";
import { formatMeetingTime } from "./meeting-time.ts";
import type { CoachMeeting } from "./types.ts";

/** The words and colour for a meeting's display state (the rule the teacher's page uses too). */
function StateBadge({ display }: { display: CoachMeeting["display"] }) {
  if (display.state === "scheduled") return null;
  const variant =
    display.state === "held" ? "success" : display.state === "in_progress" ? "info" : "neutral";
  return <Badge variant={variant}>{meetingStateLabel(display, formatWeekdayDate)}</Badge>;
}

/** One meeting: title (to its room), team, time, place, series badge and agenda length. */
export function MeetingRow({
  meeting,
  onCancel,
  onEdit,
}: {
  meeting: CoachMeeting;
  onCancel?: (meeting: CoachMeeting) => void;
  onEdit?: (meeting: CoachMeeting) => void;
}) {
  const when = formatMeetingTime(meeting.startsAt, meeting.endsAt);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            to={`/meetings/${meeting.id}`}
            className="font-semibold text-primary underline-offset-4 hover:underline"
          >
            {meeting.title}
          </Link>
          {meeting.seriesId ? <RepeatsBadge /> : null}
          <StateBadge display={meeting.display} />
        </div>
        <p className="text-sm text-muted-foreground">
          {meeting.teamName} · {when}
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
          <MeetingPlace location={meeting.location} />
          {meeting.videoUrl ? (
            <span className="inline-flex items-center gap-1">
              <Video aria-hidden="true" className="size-3.5" />
              Video call
            </span>
          ) : null}
          <span>
            Agenda: {meeting.agendaSteps} {meeting.agendaSteps === 1 ? "step" : "steps"},{" "}
            {meeting.agendaMinutes} min
          </span>
        </p>
      </div>
      {meeting.status === "scheduled" && (onEdit || onCancel) ? (
        <div className="flex gap-2 self-start">
          {onEdit ? (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => onEdit(meeting)}
              aria-label={`Edit ${meeting.title} on ${when}`}
            >
              Edit
            </Button>
          ) : null}
          {onCancel ? (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => onCancel(meeting)}
              aria-label={`Cancel ${meeting.title} on ${when}`}
            >
              Cancel
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
