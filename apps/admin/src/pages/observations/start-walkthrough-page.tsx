import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { BackLink } from "@throughline/ui/back-link";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { ObservationStartForm } from "@throughline/ui/observation-start-form";
import { PageHeader } from "@throughline/ui/page-header";
import { useNavigate, useParams } from "react-router";

/** Second step: the date, class and indicators of a walkthrough of one teacher. */
export function StartWalkthroughPage() {
  const { teacherId = "" } = useParams();
  const options = useQuery(trpc.observations.startOptions.queryOptions({ teacherId }));
  const navigate = useNavigate();
  const start = useMutation(
    trpc.observations.start.mutationOptions({
      onSuccess: ({ observationId }) => void navigate(`/observations/${observationId}/record`),
    }),
  );
  if (options.isPending) return <Loading label="Loading the framework…" />;
  if (options.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="You cannot record a walkthrough of this teacher"
        message={options.error.message}
        onRetry={() => void options.refetch()}
        retrying={options.isFetching}
      />
    );
  }
  return (
    <>
      <BackLink to="/observations/new">Choose another teacher</BackLink>
      <PageHeader title={`Walkthrough of ${options.data.teacher.displayName}`} />
      <ObservationStartForm
        options={options.data}
        onStart={(input) => start.mutate(input)}
        pending={start.isPending}
        error={start.error}
      />
    </>
  );
}
