import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { ObservationStartForm } from "@throughline/ui/observation-start-form";
import { PageHeader } from "@throughline/ui/page-header";
import { useNavigate, useSearchParams } from "react-router";

/** Starts an observation of the teacher named in the address (`?teacherId=`). */
export function NewObservationPage() {
  const [params] = useSearchParams();
  const teacherId = params.get("teacherId") ?? "";
  const options = useQuery(trpc.observations.startOptions.queryOptions({ teacherId }));
  const navigate = useNavigate();
  const start = useMutation(
    trpc.observations.start.mutationOptions({
      onSuccess: ({ observationId }) => void navigate(`/observe/${observationId}`),
    }),
  );

  if (!options.isSuccess) {
    return (
      <QueryState
        query={options}
        loading="Loading the framework…"
        errorTitle="You cannot observe this teacher"
        headingLevel={1}
      />
    );
  }
  return (
    <>
      <PageHeader title={`Observe ${options.data.teacher.displayName}`} />
      <ObservationStartForm
        options={options.data}
        onStart={(input) => start.mutate(input)}
        pending={start.isPending}
        error={start.error}
      />
    </>
  );
}
