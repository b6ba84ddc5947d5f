import type { Attendance } from "@throughline/domain/enums";
import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { AgendaList } from "./agenda-list.tsx";
import { CommitmentList } from "./commitments-card.tsx";
import { PrivateNotes, SharedNotes } from "./notes-panels.tsx";

const attendanceWords: Record<Attendance, string> = {
  present: "Present",
  absent: "Absent",
  excused: "Excused",
};

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
          <AgendaList
            agenda={room.agenda}
            renderExtra={(item) => <SharedNotes meetingId={meetingId} item={item} />}
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
            <ul className="flex flex-col gap-1 text-sm">
              {room.members.map((member) => (
                <li key={member.personId} className="flex justify-between gap-3">
                  <span>{member.displayName}</span>
                  <span className="text-muted-foreground">
                    {member.attendance ? attendanceWords[member.attendance] : "Not marked"}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        {room.privateNote ? <PrivateNotes meetingId={meetingId} note={room.privateNote} /> : null}
      </div>
    </div>
  );
}
