import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { ErrorState } from "@throughline/ui/error-state";
import { formatDay } from "@throughline/ui/format";
import { Loading } from "@throughline/ui/loading";
import {
  ObservationNotesList,
  ObservationPhotosSection,
  RatingList,
} from "@throughline/ui/observation-content-view";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { ArrowLeft } from "lucide-react";
import { Link, useParams } from "react-router";
import { ReflectionForm } from "./reflection-form.tsx";
import { AcknowledgeButton, ShareToggle } from "./response-actions.tsx";

/** One published observation of the teacher: levels, look-fors, notes; reflect and acknowledge. */
export function ObservationPage() {
  const { observationId = "" } = useParams();
  const detail = useQuery(trpc.observations.detail.queryOptions({ observationId }));
  const back = (
    <Link
      to="/observations"
      className="mb-4 inline-flex min-h-11 items-center gap-1.5 text-sm text-primary underline hover:text-primary-hover"
    >
      <ArrowLeft aria-hidden="true" className="size-4" />
      All observations
    </Link>
  );
  if (detail.isPending) return <Loading label="Loading the observation…" />;
  if (detail.isError || detail.data.content === null) {
    return (
      <>
        {back}
        <ErrorState
          headingLevel={1}
          title="This observation could not be opened"
          message={detail.error?.message ?? "It is not yours to read."}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      </>
    );
  }
  const data = detail.data;
  const content = detail.data.content;
  const shared = data.access === "content" && data.sharedWithLeaders;
  return (
    <>
      {back}
      <PageHeader
        title={data.kind === "coaching" ? "Coaching observation" : "Walkthrough"}
        description={`${formatDay(data.observedOn)} · by ${data.observerName}${
          data.access === "content" && data.classLabel ? ` · ${data.classLabel}` : ""
        }`}
      />
      <div className="flex max-w-3xl flex-col gap-8">
        <TitledSection headingId="levels-heading" title="What was seen">
          <RatingList ratings={content.ratings} scale={data.scale} />
        </TitledSection>
        <TitledSection headingId="notes-heading" title="Notes">
          <ObservationNotesList notes={content.notes} />
        </TitledSection>
        <ObservationPhotosSection photos={content.photos} />
        <TitledSection headingId="respond-heading" title="Your response" className="gap-4">
          <ReflectionForm observationId={data.id} reflection={content.reflection} />
          <AcknowledgeButton observationId={data.id} acknowledgedAt={content.acknowledgedAt} />
          {data.kind === "coaching" ? (
            <ShareToggle observationId={data.id} shared={shared} />
          ) : null}
        </TitledSection>
      </div>
    </>
  );
}
