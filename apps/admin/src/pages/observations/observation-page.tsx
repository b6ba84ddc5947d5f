import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Alert } from "@throughline/ui/alert";
import { BackLink } from "@throughline/ui/back-link";
import { formatDay } from "@throughline/ui/format";
import { ObservationContentView } from "@throughline/ui/observation-content-view";
import { PageHeader } from "@throughline/ui/page-header";
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
  const coaching = data.kind === "coaching";
  return (
    <>
      <BackLink to="/observations">Back to observations</BackLink>
      <PageHeader
        title={`${coaching ? "Coaching observation" : "Walkthrough"} of ${data.teacherName}`}
        description={`${formatDay(data.observedOn)} · by ${data.observerName}${
          coaching && data.content ? ` · shared with you by ${data.teacherName}` : ""
        }`}
      />
      {data.content === null ? (
        <Alert>
          Coaching content stays between the teacher and their coaches unless the teacher shares it.
        </Alert>
      ) : (
        <ObservationContentView
          teacherName={data.teacherName}
          content={data.content}
          scale={data.scale}
        />
      )}
    </>
  );
}
