import type { MeetingSummary } from "@throughline/domain/meeting-room";

/** The agenda, each step with the notes the team took on it. */
export function SummaryAgenda({
  agenda,
  withNotes,
}: {
  agenda: MeetingSummary["agenda"];
  withNotes: boolean;
}) {
  if (agenda.length === 0) {
    return <p className="text-sm text-muted-foreground">This meeting has no agenda.</p>;
  }
  return (
    <ol className="flex flex-col gap-4">
      {agenda.map((item) => (
        <li key={item.id} className="rounded-md border border-border p-4">
          <h3 className="font-semibold">
            {item.position}. {item.title}{" "}
            <span className="font-normal text-muted-foreground">· {item.minutes} min</span>
          </h3>
          <p className="mt-1 text-sm text-muted-foreground">{item.purpose}</p>
          {withNotes ? (
            <div className="mt-3">
              <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                Notes
              </h4>
              <p className="mt-1 text-sm whitespace-pre-line">
                {item.notes.trim() === "" ? "No notes on this step." : item.notes}
              </p>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
