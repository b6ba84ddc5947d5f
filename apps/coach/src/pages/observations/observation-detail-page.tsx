import { useQuery } from "@tanstack/react-query";
import { Alert } from "@throughline/ui/alert";
import { ErrorState } from "@throughline/ui/error-state";
import { formatDay, formatMoment } from "@throughline/ui/format";
import { Loading } from "@throughline/ui/loading";
import { ObservationPhotoGallery } from "@throughline/ui/observation-photo-gallery";
import { PageHeader } from "@throughline/ui/page-header";
import { ArrowLeft } from "lucide-react";
import { Link, useParams } from "react-router";
import { trpc } from "../../lib/trpc.ts";
import { noteTime } from "../observe/notes-card.tsx";
import { RatingList } from "./rating-list.tsx";

/** A published observation as its observer (or the teacher's coach) reads it, with the reflection. */
export function ObservationDetailPage() {
  const { observationId = "" } = useParams();
  const detail = useQuery(trpc.observations.detail.queryOptions({ observationId }));
  if (detail.isPending) return <Loading label="Loading the observation…" />;
  if (detail.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="This observation could not be opened"
        message={detail.error.message}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    );
  }
  const data = detail.data;
  const kind = data.kind === "coaching" ? "Coaching observation" : "Walkthrough";
  return (
    <>
      <Link
        to={`/teachers/${data.teacherId}`}
        className="mb-4 inline-flex min-h-11 items-center gap-1.5 text-sm text-primary underline hover:text-primary-hover"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Back to {data.teacherName}
      </Link>
      <PageHeader
        title={`${kind} of ${data.teacherName}`}
        description={`${formatDay(data.observedOn)} · by ${data.observerName}`}
      />
      {data.content === null ? (
        <Alert>
          Coaching content stays between the teacher and their coaches unless the teacher shares it.
        </Alert>
      ) : (
        <div className="flex max-w-3xl flex-col gap-8">
          <section aria-labelledby="reflection-heading" className="flex flex-col gap-2">
            <h2 id="reflection-heading" className="text-lg font-semibold">
              {data.teacherName}'s reflection
            </h2>
            {data.content.reflection ? (
              <blockquote className="border-l-2 border-primary/40 pl-3 whitespace-pre-line">
                {data.content.reflection}
              </blockquote>
            ) : (
              <p className="text-sm text-muted-foreground">No reflection yet.</p>
            )}
            {data.content.acknowledgedAt ? (
              <p className="text-sm text-muted-foreground">
                Acknowledged {formatMoment(data.content.acknowledgedAt)}
              </p>
            ) : null}
          </section>
          <section aria-labelledby="levels-heading" className="flex flex-col gap-3">
            <h2 id="levels-heading" className="text-lg font-semibold">
              Indicators
            </h2>
            <RatingList ratings={data.content.ratings} />
          </section>
          <section aria-labelledby="notes-heading" className="flex flex-col gap-3">
            <h2 id="notes-heading" className="text-lg font-semibold">
              Notes
            </h2>
            {data.content.notes.length === 0 ? (
              <p className="text-sm text-muted-foreground">No notes.</p>
            ) : (
              <ol className="flex flex-col gap-2">
                {data.content.notes.map((note) => (
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
          {data.content.photos.length > 0 ? (
            <section aria-labelledby="photos-heading" className="flex flex-col gap-3">
              <h2 id="photos-heading" className="text-lg font-semibold">
                Photos
              </h2>
              <ObservationPhotoGallery photos={data.content.photos} />
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
