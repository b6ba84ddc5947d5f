import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { BackLink } from "@throughline/ui/back-link";
import { PublishedObservation } from "@throughline/ui/published-observation";
import { useParams } from "react-router";
import { trpc } from "./client.ts";
import { QueryState } from "./query-state.tsx";

type ObservationDetail = RouterOutputs["observations"]["detail"];

/**
 * A published observation's read-only page (the `:observationId` of the route), for every app
 * that shows one: the way back, then the observation. `back` and `bylineNote` say what the
 * app's reader came from and why they may read it.
 */
export function PublishedObservationPage({
  back,
  bylineNote,
}: {
  back: (observation: ObservationDetail) => { to: string; label: string };
  bylineNote?: (observation: ObservationDetail) => string | undefined;
}) {
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
  const { to, label } = back(data);
  return (
    <>
      <BackLink to={to}>{label}</BackLink>
      <PublishedObservation observation={data} bylineNote={bylineNote?.(data)} />
    </>
  );
}
