import { formatLocalDay } from "@throughline/domain/local-time";
import type { MentoringConversationView } from "@throughline/domain/mentoring";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { useState } from "react";
import { ConversationForm } from "./conversation-form.tsx";

/**
 * The mentoring log, newest first. The private notes come from the server only for the mentor,
 * so the mentee's list never has them to show. The mentor (`editable`) may change an entry.
 */
export function ConversationList({
  conversations,
  showMentor = false,
  editable = false,
}: {
  conversations: MentoringConversationView[];
  showMentor?: boolean;
  editable?: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  if (conversations.length === 0) {
    return <p className="text-sm text-muted-foreground">No conversations logged yet.</p>;
  }
  return (
    <ul className="flex flex-col divide-y divide-border">
      {conversations.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0">
          {editing === entry.id ? (
            <ConversationForm
              mode={{ kind: "edit", conversation: entry, onDone: () => setEditing(null) }}
            />
          ) : (
            <Entry
              entry={entry}
              showMentor={showMentor}
              onEdit={editable ? () => setEditing(entry.id) : null}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function Entry({
  entry,
  showMentor,
  onEdit,
}: {
  entry: MentoringConversationView;
  showMentor: boolean;
  onEdit: (() => void) | null;
}) {
  return (
    <>
      <h3 className="text-base font-semibold text-foreground">{entry.topic}</h3>
      <p className="text-sm text-muted-foreground">
        {formatLocalDay(entry.heldOn)}
        {showMentor ? ` · with ${entry.mentor.displayName}` : null}
      </p>
      {entry.sharedNotes ? <p className="whitespace-pre-line">{entry.sharedNotes}</p> : null}
      {entry.nextSteps ? (
        <p>
          <span className="font-medium">Next steps: </span>
          {entry.nextSteps}
        </p>
      ) : null}
      {entry.privateNotes ? (
        <div className="rounded-md border border-border bg-muted p-3">
          <Badge variant="info">Private · only you</Badge>
          <p className="mt-2 whitespace-pre-line">{entry.privateNotes}</p>
        </div>
      ) : null}
      {onEdit ? (
        <div>
          <Button variant="secondary" size="sm" onClick={onEdit}>
            Edit<span className="sr-only"> “{entry.topic}”</span>
          </Button>
        </div>
      ) : null}
    </>
  );
}
