import { useId } from "react";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import type { LocalDraft } from "./observation-draft.ts";
import { noteTime } from "./observation-notes-card.tsx";
import type { ScaleLevel } from "./observation-types.ts";
import type { AutosaveConflict } from "./use-autosave-draft.ts";

/**
 * The same draft observation was saved from another device (a second phone, another tab) while
 * this one was recording: the other version is shown beside the form, which still holds this
 * device's, and nothing is sent until the observer picks one. Levels and timed notes do not merge
 * the way text does, so the choice is one version or the other.
 */
export function ObservationDraftConflict({
  conflict,
  mine,
  headings,
  scale,
  resolve,
}: {
  conflict: AutosaveConflict<LocalDraft>;
  mine: LocalDraft;
  /** "1.2 Uses an essential question" per indicator id. */
  headings: ReadonlyMap<string, string>;
  scale: readonly ScaleLevel[];
  resolve: (chosen: LocalDraft, theirs: { value: LocalDraft; revision: number }) => void;
}) {
  const id = useId();
  const theirs = conflict.theirs;
  const levelLabel = (rank: number | null) =>
    scale.find((level) => level.rank === rank)?.label ?? "Not rated";
  return (
    <Alert variant="warning" title="Changed on another device">
      <div className="flex flex-col gap-3">
        <p>
          This draft was saved from another device while you were recording here. Choose the version
          to keep; nothing more is saved until you do.
        </p>
        {theirs ? (
          <>
            <section
              aria-labelledby={`${id}-heading`}
              className="flex flex-col gap-2 rounded-md border border-border bg-surface p-3"
            >
              <h2 id={`${id}-heading`} className="font-semibold">
                The other device's version
              </h2>
              <ul className="flex flex-col gap-1">
                {theirs.value.ratings.map((rating) => (
                  <li key={rating.indicatorId}>
                    <span className="font-medium">
                      {headings.get(rating.indicatorId) ?? "Indicator"}:
                    </span>{" "}
                    {levelLabel(rating.levelRank)}
                    {rating.lookFors?.trim() ? ` · ${rating.lookFors.trim()}` : ""}
                  </li>
                ))}
              </ul>
              {theirs.value.notes.length > 0 ? (
                <ol className="flex flex-col gap-1">
                  {theirs.value.notes.map((note) => (
                    <li key={note.id}>
                      <span className="font-medium tabular-nums">{noteTime(note.notedAt)}</span>{" "}
                      {note.body}
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="text-muted-foreground">No notes.</p>
              )}
            </section>
            <p>Your version is still in the form below.</p>
            <div className="flex flex-wrap gap-2">
              <Button size="sm" onClick={() => resolve(mine, theirs)}>
                Keep mine
              </Button>
              <Button size="sm" variant="secondary" onClick={() => resolve(theirs.value, theirs)}>
                Use the other device's version
              </Button>
            </div>
          </>
        ) : (
          <p>Reload the page to see the version the server holds.</p>
        )}
      </div>
    </Alert>
  );
}
