import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@throughline/ui/error-state";
import { formatDay } from "@throughline/ui/format";
import { Loading } from "@throughline/ui/loading";
import { Navigate, useParams } from "react-router";
import { trpc } from "../../lib/trpc.ts";
import type { LocalDraft } from "./local-draft.ts";
import { NotesCard } from "./notes-card.tsx";
import { PhotosCard } from "./photos-card.tsx";
import { PublishBar } from "./publish-bar.tsx";
import { RatingCard } from "./rating-card.tsx";
import { SaveStatus } from "./save-status.tsx";
import type { ObservationDetail } from "./types.ts";
import { useDraft } from "./use-draft.ts";

type Content = NonNullable<ObservationDetail["content"]>;

function fromServer(detail: ObservationDetail, content: Content): LocalDraft {
  return {
    observationId: detail.id,
    baseRevision: content.revision,
    observedOn: detail.observedOn,
    classLabel: "classLabel" in detail ? detail.classLabel : null,
    durationMinutes: content.durationMinutes,
    ratings: content.ratings.map(({ indicatorId, levelRank, lookFors }) => ({
      indicatorId,
      levelRank,
      lookFors,
    })),
    notes: content.notes.map((note) => ({ ...note, notedAt: note.notedAt.toISOString() })),
    changedAt: content.updatedAt.getTime(),
    dirty: false,
  };
}

/** The phone-first recording screen of a draft observation. */
export function RecordObservationPage() {
  const { observationId = "" } = useParams();
  const detail = useQuery({
    ...trpc.observations.detail.queryOptions({ observationId }),
    // The device's copy is the working one; refetching under the observer's thumbs would not help.
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
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
  if (data.status !== "draft" || !data.mine || !data.content) {
    return <Navigate to={`/observations/${observationId}`} replace />;
  }
  return <Recorder detail={data} content={data.content} />;
}

function Recorder({ detail, content }: { detail: ObservationDetail; content: Content }) {
  const { draft, update, state, flush } = useDraft(fromServer(detail, content), content.updatedAt);
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
        <SaveStatus state={state} />
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
      <PhotosCard observationId={detail.id} initialPhotos={content.photos} />
      <PublishBar observationId={detail.id} teacherName={detail.teacherName} flush={flush} />
    </div>
  );
}
