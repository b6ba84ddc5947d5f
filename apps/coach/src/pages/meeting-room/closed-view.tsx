import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { MeetingAgendaList } from "@throughline/ui/meeting-agenda-list";
import { MeetingAttendanceList } from "@throughline/ui/meeting-attendance-list";
import { TitledCard } from "@throughline/ui/titled-card";
import { CommitmentList } from "./commitments-card.tsx";
import { PrivateNotes, SharedNotes } from "./notes-panels.tsx";

/** After closing: the summary, with the notes still open for tidying up. */
export function ClosedView({ room }: { room: MeetingRoom }) {
  const meetingId = room.meeting.id;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <TitledCard
        title="Agenda and notes"
        description={
          <>
            Held for {room.meeting.heldMinutes ?? "?"} minutes. The team reads these notes in the
            summary; you can still tidy them up.
          </>
        }
      >
        <MeetingAgendaList
          agenda={room.agenda}
          withPrompts
          renderBelow={(item) => (
            <div className="mt-4">
              <SharedNotes meetingId={meetingId} item={item} />
            </div>
          )}
        />
      </TitledCard>
      <div className="flex flex-col gap-6">
        <TitledCard title="Commitments">
          <CommitmentList commitments={room.commitments} />
        </TitledCard>
        <TitledCard title="Attendance">
          <MeetingAttendanceList members={room.members} />
        </TitledCard>
        {room.privateNote ? <PrivateNotes meetingId={meetingId} note={room.privateNote} /> : null}
      </div>
    </div>
  );
}
