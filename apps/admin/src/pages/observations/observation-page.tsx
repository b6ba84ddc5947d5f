import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { BackLink } from "@throughline/ui/back-link";
import { PublishedObservation } from "@throughline/ui/published-observation";
import { useParams } from "react-router";

/**
 * A published observation, read-only: a walkthrough of the principal's school, or a coaching
 * observation its teacher shared with them. Unshared coaching shows only that it happened.
 */
export function ObservationPage() {
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
  // A principal reads coaching content only because the teacher shared it.
  const shared = data.kind === "coaching" && data.content !== null;
  return (
    <>
      <BackLink to="/observations">Back to observations</BackLink>
      <PublishedObservation
        observation={data}
        bylineNote={shared ? `shared with you by ${data.teacherName}` : undefined}
      />
    </>
  );
}
