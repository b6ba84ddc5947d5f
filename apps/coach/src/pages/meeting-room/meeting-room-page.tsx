import { QueryView } from "@throughline/app-kit/query-view";
import { MeetingClipsCard } from "@throughline/app-kit/video/meeting-clips-card";
import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { BackLink } from "@throughline/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { MeetingAgendaList } from "@throughline/ui/meeting-agenda-list";
import { useParams } from "react-router";
import { AgendaRunner } from "./agenda-runner.tsx";
import { AttendanceCard } from "./attendance-card.tsx";
import { CheckInCard } from "./check-in-card.tsx";
import { CloseMeetingForm } from "./close-meeting-form.tsx";
import { ClosedView } from "./closed-view.tsx";
import { CommitmentsCard } from "./commitments-card.tsx";
import { PrivateNotes } from "./notes-panels.tsx";
import { RoomHeader } from "./room-header.tsx";
import { StartMeetingButton } from "./start-meeting-button.tsx";
import { TeamGoalPanel } from "./team-goal-panel.tsx";
import { UnsavedNotesGuard } from "./unsaved-notes.tsx";
import { useRoom } from "./use-room.ts";

function ScheduledView({ room }: { room: MeetingRoom }) {
  return (
    <div className="flex flex-col gap-6">
      <TeamGoalPanel meetingId={room.meeting.id} agenda={room.agenda} />
      <MeetingClipsCard meetingId={room.meeting.id} />
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
          <CardTitle>Agenda</CardTitle>
          <StartMeetingButton meeting={room.meeting} />
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <MeetingAgendaList agenda={room.agenda} withPrompts />
        </CardContent>
      </Card>
    </div>
  );
}

function RunningView({ room }: { room: MeetingRoom }) {
  const meetingId = room.meeting.id;
  return (
    <div className="flex flex-col gap-6">
      <AgendaRunner room={room} />
      <MeetingClipsCard meetingId={meetingId} />
      <TeamGoalPanel meetingId={meetingId} agenda={room.agenda} />
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <CheckInCard meetingId={meetingId} rows={room.checkIns} />
        <CommitmentsCard
          meetingId={meetingId}
          members={room.members}
          commitments={room.commitments}
        />
        <AttendanceCard room={room} />
        <div className="flex flex-col gap-6">
          {room.privateNote ? <PrivateNotes meetingId={meetingId} note={room.privateNote} /> : null}
          <CloseMeetingForm room={room} />
        </div>
      </div>
    </div>
  );
}

/** The room as it stands: the view that fits the meeting's status. */
function Room({ room }: { room: MeetingRoom }) {
  const status = room.meeting.status;
  return (
    <>
      <BackLink to={`/teams/${room.meeting.teamId}`}>{room.meeting.teamName}</BackLink>
      <RoomHeader meeting={room.meeting} />
      {status === "scheduled" ? <ScheduledView room={room} /> : null}
      {status === "in_progress" ? (
        <UnsavedNotesGuard>
          <RunningView room={room} />
        </UnsavedNotesGuard>
      ) : null}
      {status === "closed" ? <ClosedView room={room} /> : null}
      {status === "cancelled" ? (
        <p className="text-muted-foreground">This meeting was cancelled.</p>
      ) : null}
    </>
  );
}

/** The meeting room: preview before, the runner during, the summary after. */
export function MeetingRoomPage() {
  const { meetingId = "" } = useParams();
  const room = useRoom(meetingId);
  return (
    <QueryView
      query={room}
      loading="Opening the meeting room…"
      errorTitle="This meeting could not be opened"
      headingLevel={1}
    >
      {(data) => <Room room={data} />}
    </QueryView>
  );
}
