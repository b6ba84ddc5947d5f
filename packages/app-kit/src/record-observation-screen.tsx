import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { forgetLocalDraft } from "@throughline/ui/observation-draft";
import { observationPhotoStore } from "@throughline/ui/observation-photo-upload";
import { ObservationRecorder } from "@throughline/ui/observation-recorder";
import type { ObservationContent, ObservationDetail } from "@throughline/ui/observation-types";
import { Navigate, useNavigate, useParams } from "react-router";
import type { AppTrpc } from "./app-trpc.ts";

/**
 * The phone-first recording screen of a draft observation, for any app that records them (the
 * coach app's observations, the admin app's walkthroughs): it loads the draft, hands the device
 * draft, photos and the save, publish and discard calls to the recorder, and sends a published
 * or someone else's observation to its read-only page. `noun` names it in the messages.
 */
export function RecordObservationScreen({
  trpc,
  noun,
}: {
  trpc: AppTrpc;
  noun: "observation" | "walkthrough";
}) {
  const { observationId = "" } = useParams();
  const detail = useQuery({
    ...trpc.observations.detail.queryOptions({ observationId }),
    // The device's copy is the working one; refetching under the observer's thumbs would not help.
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (detail.isPending) return <Loading label={`Loading the ${noun}…`} />;
  if (detail.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title={`This ${noun} could not be opened`}
        message={detail.error.message}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    );
  }
  const data = detail.data;
  if (data.status !== "draft" || !data.mine || !data.content) {
    return <Navigate to={`/observations/${observationId}`} replace />;
  }
  return <Recorder detail={data} content={data.content} trpc={trpc} />;
}

function Recorder({
  detail,
  content,
  trpc,
}: {
  detail: ObservationDetail;
  content: ObservationContent;
  trpc: AppTrpc;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.observations.saveDraft.mutationOptions());
  const publish = useMutation(
    trpc.observations.publish.mutationOptions({
      onSuccess: async () => {
        forgetLocalDraft(detail.id);
        await queryClient.invalidateQueries({ queryKey: trpc.observations.pathKey() });
        void navigate(`/observations/${detail.id}`);
      },
    }),
  );
  const discard = useMutation(
    trpc.observations.discard.mutationOptions({
      onSuccess: async () => {
        forgetLocalDraft(detail.id);
        await queryClient.invalidateQueries({ queryKey: trpc.observations.pathKey() });
        void navigate("/observations", { replace: true });
      },
    }),
  );
  return (
    <ObservationRecorder
      detail={detail}
      content={content}
      saveDraft={save.mutateAsync}
      publish={{
        run: () => publish.mutate({ observationId: detail.id }),
        pending: publish.isPending,
        error: publish.error,
      }}
      discard={{
        run: () => discard.mutate({ observationId: detail.id }),
        pending: discard.isPending,
        error: discard.error,
      }}
      photoStore={observationPhotoStore}
    />
  );
}
