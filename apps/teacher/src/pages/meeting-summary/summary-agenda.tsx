import type { MeetingSummary } from "@throughline/domain/meeting-room";
import { MeetingAgendaList } from "@throughline/ui/meeting-agenda-list";

/** The notes the team took on one agenda step, or a line saying there are none. */
function StepNotes({ notes }: { notes: string }) {
  return (
    <div className="mt-3">
      <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Notes</h4>
      <p className="mt-1 text-sm whitespace-pre-line">
        {notes.trim() === "" ? "No notes on this step." : notes}
      </p>
    </div>
  );
}

/** The agenda, each step with the notes the team took on it. */
export function SummaryAgenda({
  agenda,
  withNotes,
}: {
  agenda: MeetingSummary["agenda"];
  withNotes: boolean;
}) {
  return (
    <MeetingAgendaList
      agenda={agenda}
      withPrompts={false}
      renderBelow={withNotes ? (item) => <StepNotes notes={item.notes} /> : undefined}
    />
  );
}
