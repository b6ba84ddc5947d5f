import { useMutation, useQuery } from "@tanstack/react-query";
import { ObservationStartForm } from "@throughline/ui/observation-start-form";
import { PageHeader } from "@throughline/ui/page-header";
import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import { trpc } from "./client.ts";
import { QueryState } from "./query-state.tsx";

/**
 * The first screen of an observation of one teacher, for every app that records them (the coach
 * app's observations, the admin app's walkthroughs): the date, class and indicators, then on to
 * the app's recording screen. The app words the heading and says where recording happens.
 */
export function StartObservationScreen({
  teacherId,
  title,
  errorTitle,
  recordPath,
  back,
}: {
  teacherId: string;
  /** The page heading, from the teacher's name: "Observe Maria Lopez". */
  title: (teacherName: string) => string;
  /** Said when this viewer may not observe the teacher. */
  errorTitle: string;
  recordPath: (observationId: string) => string;
  /** A way back above the heading. */
  back?: ReactNode;
}) {
  const options = useQuery(trpc.observations.startOptions.queryOptions({ teacherId }));
  const navigate = useNavigate();
  const start = useMutation(
    trpc.observations.start.mutationOptions({
      onSuccess: ({ observationId }) => void navigate(recordPath(observationId)),
    }),
  );
  if (!options.isSuccess) {
    return (
      <QueryState
        query={options}
        loading="Loading the framework…"
        errorTitle={errorTitle}
        headingLevel={1}
      />
    );
  }
  return (
    <>
      {back}
      <PageHeader title={title(options.data.teacher.displayName)} />
      <ObservationStartForm
        options={options.data}
        onStart={(input) => start.mutate(input)}
        pending={start.isPending}
        error={start.error}
      />
    </>
  );
}
