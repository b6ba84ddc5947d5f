import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { AgendaItem } from "@throughline/domain/meeting-room";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { Lock } from "lucide-react";
import { NotesEditor } from "./notes-editor.tsx";
import { useRefreshRoom } from "./use-room.ts";

/** The team's shared notes on one agenda step. */
export function SharedNotes({ meetingId, item }: { meetingId: string; item: AgendaItem }) {
  const refresh = useRefreshRoom(meetingId);
  const save = useMutation(trpc.meetingRoom.saveNotes.mutationOptions({ onSettled: refresh }));
  const by =
    item.notesUpdatedByName && item.notesUpdatedAt
      ? `Last saved by ${item.notesUpdatedByName}. `
      : "";
  return (
    <NotesEditor
      key={item.id}
      draftKey={`meeting-notes:${meetingId}:${item.id}`}
      label={`Notes on ${item.title}`}
      hint={`${by}The team sees these notes in the meeting summary.`}
      serverText={item.notes}
      serverVersion={item.notesVersion}
      save={(notes, baseVersion) =>
        save.mutateAsync({ meetingId, itemId: item.id, notes, baseVersion })
      }
    />
  );
}

/** The facilitator's private coaching notes: coaches read them, no one else. */
export function PrivateNotes({
  meetingId,
  note,
}: {
  meetingId: string;
  note: { body: string; version: number };
}) {
  const refresh = useRefreshRoom(meetingId);
  const save = useMutation(
    trpc.meetingRoom.savePrivateNote.mutationOptions({ onSettled: refresh }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Lock aria-hidden="true" className="size-5" />
          Private coaching notes
        </CardTitle>
        <CardDescription>
          Only coaches see these. Teachers and principals never do: coaching is not evaluation.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <NotesEditor
          draftKey={`meeting-private-notes:${meetingId}`}
          label="Private coaching notes"
          hint="Only coaches see these."
          serverText={note.body}
          serverVersion={note.version}
          save={(body, baseVersion) => save.mutateAsync({ meetingId, body, baseVersion })}
        />
      </CardContent>
    </Card>
  );
}
