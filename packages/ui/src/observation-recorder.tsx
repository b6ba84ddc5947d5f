import { AutosaveStatus } from "./autosave-status.tsx";
import { formatDay } from "./format.ts";
import { type DiscardAction, DiscardDraftButton } from "./observation-discard-button.tsx";
import { draftFromServer, type SaveDraft, useObservationDraft } from "./observation-draft.ts";
import { NotesCard } from "./observation-notes-card.tsx";
import type { ObservationPhotoStore } from "./observation-photo-upload.ts";
import { PhotosCard } from "./observation-photos-card.tsx";
import { type PublishAction, PublishBar } from "./observation-publish-bar.tsx";
import { RatingCard } from "./observation-rating-card.tsx";
import type { ObservationContent, ObservationDetail } from "./observation-types.ts";

/**
 * The phone-first recording screen of a draft observation: levels per indicator, timed notes,
 * photos, autosave and publishing. The coach and admin apps both show this one form; each hands
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
  const { draft, update, state, flush } = useObservationDraft(
    draftFromServer(detail, content),
    content.revision,
    saveDraft,
  );
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
        <AutosaveStatus state={state} />
      </header>
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
      />
      <PhotosCard observationId={detail.id} initialPhotos={content.photos} store={photoStore} />
      <PublishBar teacherName={detail.teacherName} flush={flush} publish={publish} />
      <DiscardDraftButton teacherName={detail.teacherName} discard={discard} />
    </div>
  );
}
