import { Badge } from "./badge.tsx";
import { formatMoment } from "./format.ts";
import { noteTime } from "./observation-notes-card.tsx";
import { ObservationPhotoGallery } from "./observation-photo-gallery.tsx";
import type { ObservationContent } from "./observation-types.ts";

/** Levels per indicator with the district's labels, and the look-fors. */
export function RatingList({ ratings }: { ratings: ObservationContent["ratings"] }) {
  return (
    <ul className="flex flex-col gap-3">
      {ratings.map((rating) => (
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
          {rating.lookFors ? (
            <p className="text-sm whitespace-pre-line">{rating.lookFors}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A published observation read-only: the teacher's reflection, levels, notes and photos. */
export function ObservationContentView({
  teacherName,
  content,
}: {
  teacherName: string;
  content: ObservationContent;
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
        <RatingList ratings={content.ratings} />
      </section>
      <section aria-labelledby="notes-heading" className="flex flex-col gap-3">
        <h2 id="notes-heading" className="text-lg font-semibold">
          Notes
        </h2>
        {content.notes.length === 0 ? (
          <p className="text-sm text-muted-foreground">No notes.</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {content.notes.map((note) => (
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
        )}
      </section>
      {content.photos.length > 0 ? (
        <section aria-labelledby="photos-heading" className="flex flex-col gap-3">
          <h2 id="photos-heading" className="text-lg font-semibold">
            Photos
          </h2>
          <ObservationPhotoGallery photos={content.photos} />
        </section>
      ) : null}
    </div>
  );
}
