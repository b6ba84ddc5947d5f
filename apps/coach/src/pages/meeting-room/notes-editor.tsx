import type { NotesSaveResult } from "@throughline/domain/meeting-room";
import { AutosaveStatus } from "@throughline/ui/autosave-status";
import { Label } from "@throughline/ui/label";
import { TextConflict } from "@throughline/ui/text-conflict";
import { Textarea } from "@throughline/ui/textarea";
import { type AutosaveResult, useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { useEffect, useId } from "react";
import { useReportUnsaved } from "./unsaved-notes.tsx";

export interface NotesEditorProps {
  /** What these notes are, for the draft this device keeps (e.g. meeting and agenda step). */
  draftKey: string;
  label: string;
  hint?: string;
  /** What the server has now, and its version; followed while the person is not editing. */
  serverText: string;
  serverVersion: number;
  save: (text: string, baseVersion: number) => Promise<NotesSaveResult>;
}

/** The API's answer in the shared autosave's terms. */
function toAutosaveResult(result: NotesSaveResult): AutosaveResult<string> {
  if (result.outcome === "saved") return { outcome: "saved", revision: result.version };
  return {
    outcome: "conflict",
    message: result.message,
    theirs: { value: result.theirs.text, revision: result.theirs.version },
  };
}

/**
 * Notes saved as they are typed, with a version check: a moment after typing stops, when the
 * field loses focus and when the step changes. Offline, they stay on this device and go when the
 * connection is back. While the person edits, the poll never replaces their text; when someone
 * saved first, both texts stay on screen until the person decides.
 */
export function NotesEditor({
  draftKey,
  label,
  hint,
  serverText,
  serverVersion,
  save,
}: NotesEditorProps) {
  const id = useId();
  const notes = useAutosaveDraft<string>({
    key: draftKey,
    saved: serverText,
    revision: serverVersion,
    save: async (text, baseVersion) =>
      toAutosaveResult(await save(text, baseVersion ?? serverVersion)),
  });
  const report = useReportUnsaved();
  useEffect(() => report(draftKey, notes.dirty), [report, draftKey, notes.dirty]);
  useEffect(() => () => report(draftKey, false), [report, draftKey]);

  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <Textarea
        id={id}
        rows={5}
        value={notes.value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => notes.setValue(event.target.value)}
        onBlur={() => void notes.flush()}
      />
      {notes.conflict ? (
        <TextConflict conflict={notes.conflict} mine={notes.value} resolve={notes.resolve} />
      ) : null}
      {/* During a conflict the alert says what happened; the status says where the text is. */}
      <AutosaveStatus state={notes.conflict ? { kind: "kept" } : notes.state} />
    </div>
  );
}
