import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Alert } from "@throughline/ui/alert";
import { formatDay } from "@throughline/ui/format";
import { ObservationContentView } from "@throughline/ui/observation-content-view";
import { PageHeader } from "@throughline/ui/page-header";
import { ArrowLeft } from "lucide-react";
import { Link, useParams } from "react-router";

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
        <ObservationContentView
          teacherName={data.teacherName}
          content={data.content}
          scale={data.scale}
        />
      )}
    </>
  );
}
