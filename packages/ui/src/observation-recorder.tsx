import { AutosaveStatus } from "./autosave-status.tsx";
import { formatDay } from "./format.ts";
import { type DiscardAction, DiscardDraftButton } from "./observation-discard-button.tsx";
import { draftFromServer, type SaveDraft, useObservationDraft } from "./observation-draft.ts";
import { ObservationDraftConflict } from "./observation-draft-conflict.tsx";
import { useNoteDraft } from "./observation-note-draft.ts";
import { NotesCard } from "./observation-notes-card.tsx";
import type { ObservationPhotoStore } from "./observation-photo-upload.ts";
import { PhotosCard } from "./observation-photos-card.tsx";
import { type PublishAction, PublishBar } from "./observation-publish-bar.tsx";
import { RatingCard } from "./observation-rating-card.tsx";
import type { ObservationContent, ObservationDetail } from "./observation-types.ts";
import { UnsavedChangesGuard } from "./unsaved-changes-guard.tsx";

/**
 * The phone-first recording screen of a draft observation: levels per indicator, timed notes,
 * photos, autosave (with the choice when another device saved first, and a question before
 * leaving with changes the server lacks) and publishing. The coach and admin apps both show this one form; each hands
 * in how to save, publish and store photos.
 */
export function ObservationRecorder({
  detail,
  content,
  saveDraft,
  publish,
  discard,
  photoStore,
}: {
  detail: ObservationDetail;
  content: ObservationContent;
  saveDraft: SaveDraft;
  publish: PublishAction;
  /** Deletes the draft (a visit started by mistake). */
  discard: DiscardAction;
  photoStore: ObservationPhotoStore;
}) {
  const { draft, update, state, dirty, conflict, resolve, flush } = useObservationDraft(
    draftFromServer(detail, content),
    content.revision,
    saveDraft,
  );
  const note = useNoteDraft(detail.id);
  const headings = new Map(
    content.ratings.map((rating) => [rating.indicatorId, `${rating.code} ${rating.title}`]),
  );
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-sm font-semibold text-primary">
          {detail.kind === "coaching" ? "Coaching observation" : "Walkthrough"} · draft
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{detail.teacherName}</h1>
        <p className="text-sm text-muted-foreground">
          {formatDay(draft.observedOn)}
          {draft.classLabel ? ` · ${draft.classLabel}` : ""}
          {draft.durationMinutes ? ` · ${draft.durationMinutes} minutes` : ""}
        </p>
        {/* During a conflict its alert says what happened; the status says where the draft is. */}
        <AutosaveStatus state={conflict ? { kind: "kept" } : state} />
      </header>
      {conflict ? (
        <ObservationDraftConflict
          conflict={conflict}
          mine={draft}
          headings={headings}
          scale={detail.scale}
          resolve={resolve}
        />
      ) : null}
      <section aria-labelledby="indicators-heading" className="flex flex-col gap-3">
        <h2 id="indicators-heading" className="text-lg font-semibold">
          Indicators
        </h2>
        <ul className="flex flex-col gap-3">
          {draft.ratings.map((rating) => (
            <RatingCard
              key={rating.indicatorId}
              heading={headings.get(rating.indicatorId) ?? "Indicator"}
              rating={rating}
              scale={detail.scale}
              onChange={(changed) =>
                update((current) => ({
                  ...current,
                  ratings: current.ratings.map((other) =>
                    other.indicatorId === changed.indicatorId ? changed : other,
                  ),
                }))
              }
            />
          ))}
        </ul>
      </section>
      <NotesCard
        notes={draft.notes}
        onChange={(notes) => update((current) => ({ ...current, notes }))}
        body={note.text}
        setBody={note.setText}
      />
      <PhotosCard observationId={detail.id} initialPhotos={content.photos} store={photoStore} />
      <PublishBar teacherName={detail.teacherName} flush={flush} publish={publish} />
      <DiscardDraftButton teacherName={detail.teacherName} discard={discard} />
      {/* Publishing sends everything first; discarding means to drop what is unsaved. */}
      <UnsavedChangesGuard
        when={(dirty || note.hasText) && !publish.pending && !discard.pending}
        message={
          dirty
            ? "Your latest changes to this draft have not reached the server yet. They are kept on this device and sent when you come back."
            : "Your note is not added yet. It is kept on this device and back in the note field when you return."
        }
      />
    </div>
  );
}
