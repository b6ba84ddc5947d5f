import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { BackLink } from "@throughline/ui/back-link";
import { PublishedObservation } from "@throughline/ui/published-observation";
import { useParams } from "react-router";

/** A published observation as its observer (or the teacher's coach) reads it, with the reflection. */
export function ObservationDetailPage() {
  const { observationId = "" } = useParams();
  const detail = useQuery(trpc.observations.detail.queryOptions({ observationId }));
  if (!detail.isSuccess) {
    return (
      <QueryState
        query={detail}
        loading="Loading the observation…"
        errorTitle="This observation could not be opened"
        headingLevel={1}
      />
    );
  }
  const data = detail.data;
  return (
    <>
      <BackLink to={`/teachers/${data.teacherId}`}>Back to {data.teacherName}</BackLink>
      <PublishedObservation observation={data} />
    </>
  );
}
