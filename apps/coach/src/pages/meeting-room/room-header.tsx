import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { formatDateTime } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { VideoCallLink } from "@throughline/ui/video-call-link";
import { MapPin } from "lucide-react";
import { MeetingStatusBadge } from "../../lib/meeting-status-badge.tsx";

/** Title, team, when and where, and the meeting's state. */
export function RoomHeader({ meeting }: { meeting: MeetingRoom["meeting"] }) {
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`${meeting.teamName} · ${formatDateTime(meeting.startsAt)}`}
        aside={<MeetingStatusBadge status={meeting.status} />}
      />
      {meeting.location || meeting.videoUrl ? (
        <p className="-mt-4 mb-6 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted-foreground">
          {meeting.location ? (
            <span className="inline-flex items-center gap-1.5">
              <MapPin aria-hidden="true" className="size-4" />
              {meeting.location}
            </span>
          ) : null}
          {meeting.videoUrl ? <VideoCallLink href={meeting.videoUrl} /> : null}
        </p>
      ) : null}
    </>
  );
}
