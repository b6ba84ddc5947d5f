import { Plus, Trash2 } from "lucide-react";
import { type FormEvent, useId } from "react";
import { Button } from "./button.tsx";
import { formatTime } from "./format.ts";
import type { LocalDraft } from "./observation-draft.ts";

type Note = LocalDraft["notes"][number];

/** "10:42": the time a note was taken, as the observer's clock showed it. */
export function noteTime(notedAt: string | Date): string {
  return formatTime(new Date(notedAt));
}

/**
 * Time-stamped notes: "Add note" stamps the current time on what was typed. The text not yet
 * added is held by the caller, which keeps it on the device and asks before leaving it.
 */
export function NotesCard({
  notes,
  onChange,
  body,
  setBody,
}: {
  notes: readonly Note[];
  onChange: (notes: Note[]) => void;
  body: string;
  setBody: (body: string) => void;
}) {
  const inputId = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    onChange([
      ...notes,
      { id: crypto.randomUUID(), notedAt: new Date().toISOString(), body: text },
    ]);
    setBody("");
  };
  return (
    <section aria-labelledby={`${inputId}-heading`} className="flex flex-col gap-3">
      <h2 id={`${inputId}-heading`} className="text-lg font-semibold">
        Notes
      </h2>
      {notes.length > 0 ? (
        <ol className="flex flex-col gap-2">
          {notes.map((note) => (
            <li
              key={note.id}
              className="flex items-start gap-3 rounded-md border border-border bg-surface p-3"
            >
              <time dateTime={note.notedAt} className="font-semibold tabular-nums text-primary">
                {noteTime(note.notedAt)}
              </time>
              <p className="flex-1 text-sm whitespace-pre-line">{note.body}</p>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove the note at ${noteTime(note.notedAt)}`}
                onClick={() => onChange(notes.filter((other) => other.id !== note.id))}
              >
                <Trash2 aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">No notes yet.</p>
      )}
      <form onSubmit={add} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1.5">
          <label htmlFor={inputId} className="text-sm font-medium">
            What do you see?
          </label>
          <textarea
            id={inputId}
            rows={2}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            className="rounded-md border border-input bg-surface px-3 py-2 text-base focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          />
        </div>
        <Button type="submit" size="lg" variant="secondary">
          <Plus aria-hidden="true" />
          Add note
        </Button>
      </form>
    </section>
  );
}
