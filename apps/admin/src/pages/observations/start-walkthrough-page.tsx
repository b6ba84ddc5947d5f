import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { BackLink } from "@throughline/ui/back-link";
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
  if (!options.isSuccess) {
    return (
      <QueryState
        query={options}
        loading="Loading the framework…"
        errorTitle="You cannot record a walkthrough of this teacher"
        headingLevel={1}
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
