import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { fieldError } from "@throughline/ui/field-error";
import { ReasonDialog } from "@throughline/ui/reason-dialog";
import type { TeacherRecommendation } from "./types.ts";

/** The coach sets a recommended session aside for the teacher, with a reason the coach keeps. */
export function SetAsideDialog({
  teacherId,
  name,
  recommendation,
  onClose,
}: {
  teacherId: string;
  name: string;
  recommendation: TeacherRecommendation | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const dismiss = useMutation(
    trpc.recommendations.dismissFor.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.recommendations.forTeacher.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.recommendations.dismissedFor.queryKey() }),
        ]);
        close();
      },
    }),
  );
  function close() {
    dismiss.reset();
    onClose();
  }
  return (
    <ReasonDialog
      open={recommendation !== null}
      title={
        <>
          Set “{recommendation?.title}” aside for {name}?
        </>
      }
      explanation={`It leaves ${name}'s list until new evidence brings it back or you assign it.`}
      hint="For example: “We worked on this together in a coaching cycle.”"
      submitLabel="Set aside"
      pendingLabel="Setting aside…"
      cancelLabel="Keep it"
      pending={dismiss.isPending}
      error={dismiss.error ? fieldError(dismiss.error, "reason", { orGeneral: true }) : null}
      onSubmit={(reason) => {
        if (recommendation) {
          dismiss.mutate({ teacherId, sessionId: recommendation.sessionId, reason });
        }
      }}
      onClose={close}
    />
  );
}
