import type { NotesSaveResult } from "@throughline/domain/meeting-room";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Label } from "@throughline/ui/label";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { useEffect, useId, useState } from "react";

type Conflict = Extract<NotesSaveResult, { outcome: "conflict" }>;

export interface NotesEditorProps {
  /** What these notes are, for the draft this device keeps (e.g. meeting and agenda step). */
  draftKey: string;
  label: string;
  hint?: string;
  /** What the server has now, and its version; followed while the person is not editing. */
  serverText: string;
  serverVersion: number;
  save: (text: string, baseVersion: number) => Promise<NotesSaveResult>;
  saving: boolean;
}

const areaClasses =
  "block w-full rounded-md border border-input bg-surface px-3 py-2 text-base text-foreground shadow-xs";

/**
 * Notes saved with a version check. While the person edits, the poll never replaces their
 * text; when someone saved first, both texts stay on screen until the person decides.
 */
export function NotesEditor({
  draftKey,
  label,
  hint,
  serverText,
  serverVersion,
  save,
  saving,
}: NotesEditorProps) {
  const id = useId();
  // Unsaved text stays on this device, per step: clicking another step or reloading keeps it.
  const device = useAutosaveDraft({ key: draftKey, saved: serverText, revision: serverVersion });
  const draft = device.value;
  const dirty = device.dirty;
  const base = device.revision ?? serverVersion;
  const { markSaved } = device;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // Someone else saved and this person has nothing unsaved: show the new text.
  useEffect(() => {
    if (!dirty && !conflict && serverVersion !== base) markSaved(serverText, serverVersion);
  }, [dirty, conflict, serverVersion, base, serverText, markSaved]);

  async function onSave() {
    setFailure(null);
    try {
      const result = await save(draft, base);
      if (result.outcome === "saved") {
        markSaved(draft, result.version);
        setConflict(null);
        setStatus("Saved");
      } else {
        setConflict(result);
        setStatus(null);
      }
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The notes were not saved.");
    }
  }

  function putBothTogether(theirs: Conflict["theirs"]) {
    const both = theirs.text.trim() === "" ? draft : `${theirs.text}\n\n${draft}`;
    markSaved(theirs.text, theirs.version);
    device.setValue(both);
    setConflict(null);
    setStatus("Both texts are in the editor: check them and save.");
  }

  function takeTheirs(theirs: Conflict["theirs"]) {
    markSaved(theirs.text, theirs.version);
    setConflict(null);
    setStatus("Their text is in the editor; yours was set aside.");
  }

  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={5}
        value={draft}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          device.setValue(event.target.value);
          setStatus(null);
        }}
        className={areaClasses}
      />
      {conflict ? (
        <Alert variant="warning" title="Someone else saved first">
          <div className="flex flex-col gap-3">
            <p>{conflict.message}</p>
            <div className="flex flex-col gap-1">
              <Label htmlFor={`${id}-theirs`}>Their text</Label>
              <textarea
                id={`${id}-theirs`}
                readOnly
                rows={4}
                value={conflict.theirs.text}
                className={areaClasses}
              />
            </div>
            <p className="text-sm">Your text is still in the editor above.</p>
            <div className="flex flex-wrap gap-2">
              <Button size="sm" onClick={() => putBothTogether(conflict.theirs)}>
                Put both together
              </Button>
              <Button size="sm" variant="secondary" onClick={() => takeTheirs(conflict.theirs)}>
                Use their text
              </Button>
            </div>
          </div>
        </Alert>
      ) : null}
      {failure ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {failure}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" onClick={() => void onSave()} disabled={saving || conflict !== null}>
          {saving ? "Saving…" : "Save"}
          <span className="sr-only"> {label.toLowerCase()}</span>
        </Button>
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {status ?? (dirty ? "Not saved yet — kept on this device" : "")}
        </p>
      </div>
    </div>
  );
}
