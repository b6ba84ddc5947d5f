import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { MeetingAgendaList } from "@throughline/ui/meeting-agenda-list";
import { MeetingAttendanceList } from "@throughline/ui/meeting-attendance-list";
import { CommitmentList } from "./commitments-card.tsx";
import { PrivateNotes, SharedNotes } from "./notes-panels.tsx";

/** After closing: the summary, with the notes still open for tidying up. */
export function ClosedView({ room }: { room: MeetingRoom }) {
  const meetingId = room.meeting.id;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <Card>
        <CardHeader>
          <CardTitle>Agenda and notes</CardTitle>
          <CardDescription>
            Held for {room.meeting.heldMinutes ?? "?"} minutes. The team reads these notes in the
            summary; you can still tidy them up.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <MeetingAgendaList
            agenda={room.agenda}
            withPrompts
            renderBelow={(item) => (
              <div className="mt-4">
                <SharedNotes meetingId={meetingId} item={item} />
              </div>
            )}
          />
        </CardContent>
      </Card>
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Commitments</CardTitle>
          </CardHeader>
          <CardContent>
            <CommitmentList commitments={room.commitments} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Attendance</CardTitle>
          </CardHeader>
          <CardContent>
            <MeetingAttendanceList members={room.members} />
          </CardContent>
        </Card>
        {room.privateNote ? <PrivateNotes meetingId={meetingId} note={room.privateNote} /> : null}
      </div>
    </div>
  );
}
