import { Badge } from "./badge.tsx";
import { formatMoment } from "./format.ts";
import { noteTime } from "./observation-notes-card.tsx";
import { ObservationPhotoGallery } from "./observation-photo-gallery.tsx";
import type { ObservationContent, ScaleLevel } from "./observation-types.ts";

/**
 * Levels per indicator with the district's labels and the look-fors; given the district's scale,
 * also the level each indicator aims for (its own target, else the district's).
 */
export function RatingList({
  ratings,
  scale,
}: {
  ratings: ObservationContent["ratings"];
  scale?: ScaleLevel[];
}) {
  const districtTarget = scale?.find((level) => level.isTarget)?.rank ?? null;
  const label = (rank: number | null) => scale?.find((level) => level.rank === rank)?.label ?? null;
  return (
    <ul className="flex flex-col gap-3">
      {ratings.map((rating) => {
        const target = label(rating.targetRank ?? districtTarget);
        return (
          <li
            key={rating.indicatorId}
            className="flex flex-col gap-1 rounded-md border border-border bg-surface p-4"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                {rating.code} {rating.title}
              </h3>
              <Badge variant={rating.levelLabel ? "primary" : "neutral"}>
                {rating.levelLabel ?? "Not rated"}
              </Badge>
            </div>
            {target ? <p className="text-xs text-muted-foreground">Target: {target}</p> : null}
            {rating.lookFors ? (
              <p className="text-sm whitespace-pre-line">{rating.lookFors}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The observer's timed notes, in order. */
export function ObservationNotesList({ notes }: { notes: ObservationContent["notes"] }) {
  if (notes.length === 0) return <p className="text-sm text-muted-foreground">No notes.</p>;
  return (
    <ol className="flex flex-col gap-2">
      {notes.map((note) => (
        <li key={note.id} className="flex gap-3">
          <time
            dateTime={note.notedAt.toISOString()}
            className="font-semibold tabular-nums text-primary"
          >
            {noteTime(note.notedAt)}
          </time>
          <span className="whitespace-pre-line">{note.body}</span>
        </li>
      ))}
    </ol>
  );
}

/** The photos section, when there are photos. */
export function ObservationPhotosSection({ photos }: { photos: ObservationContent["photos"] }) {
  if (photos.length === 0) return null;
  return (
    <section aria-labelledby="photos-heading" className="flex flex-col gap-3">
      <h2 id="photos-heading" className="text-lg font-semibold">
        Photos
      </h2>
      <ObservationPhotoGallery photos={photos} />
    </section>
  );
}

/** A published observation read-only: the teacher's reflection, levels, notes and photos. */
export function ObservationContentView({
  teacherName,
  content,
  scale,
}: {
  teacherName: string;
  content: ObservationContent;
  scale?: ScaleLevel[];
}) {
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <section aria-labelledby="reflection-heading" className="flex flex-col gap-2">
        <h2 id="reflection-heading" className="text-lg font-semibold">
          {teacherName}'s reflection
        </h2>
        {content.reflection ? (
          <blockquote className="border-l-2 border-primary/40 pl-3 whitespace-pre-line">
            {content.reflection}
          </blockquote>
        ) : (
          <p className="text-sm text-muted-foreground">No reflection yet.</p>
        )}
        {content.acknowledgedAt ? (
          <p className="text-sm text-muted-foreground">
            Acknowledged {formatMoment(content.acknowledgedAt)}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="levels-heading" className="flex flex-col gap-3">
        <h2 id="levels-heading" className="text-lg font-semibold">
          Indicators
        </h2>
        <RatingList ratings={content.ratings} scale={scale} />
      </section>
      <section aria-labelledby="notes-heading" className="flex flex-col gap-3">
        <h2 id="notes-heading" className="text-lg font-semibold">
          Notes
        </h2>
        <ObservationNotesList notes={content.notes} />
      </section>
      <ObservationPhotosSection photos={content.photos} />
    </div>
  );
}
