import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { fieldError } from "@throughline/ui/field-error";
import { ReasonDialog } from "@throughline/ui/reason-dialog";
import type { Recommendation } from "./types.ts";

/** "Not for me": asks for a short reason (the coach reads it) before the session leaves the list. */
export function DismissDialog({
  recommendation,
  onClose,
  onDismissed,
}: {
  recommendation: Recommendation | null;
  onClose: () => void;
  onDismissed: (title: string) => void;
}) {
  const queryClient = useQueryClient();
  const dismiss = useMutation(
    trpc.recommendations.dismiss.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.recommendations.mine.queryKey() });
        onDismissed(recommendation?.title ?? "The session");
      },
    }),
  );
  return (
    <ReasonDialog
      open={recommendation !== null}
      title={<>Not for you: “{recommendation?.title}”?</>}
      explanation="It leaves your list. Your coach sees your reason, so say briefly why."
      hint="For example: “I did this in last year's training.”"
      submitLabel="Remove from my list"
      pendingLabel="Removing…"
      cancelLabel="Keep it"
      pending={dismiss.isPending}
      error={dismiss.error ? fieldError(dismiss.error, "reason", { orGeneral: true }) : null}
      onSubmit={(reason) => {
        if (recommendation) dismiss.mutate({ sessionId: recommendation.sessionId, reason });
      }}
      onClose={() => {
        dismiss.reset();
        onClose();
      }}
    />
  );
}
