import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Send } from "lucide-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { trpc } from "../../lib/trpc.ts";
import { fieldMessage } from "./field-message.ts";
import { forgetLocalDraft } from "./local-draft.ts";

/** "Publish to <teacher>", asked once more before the teacher can see it. */
export function PublishBar({
  observationId,
  teacherName,
  flush,
}: {
  observationId: string;
  teacherName: string;
  /** Sends pending edits first; false when they could not be sent. */
  flush: () => Promise<boolean>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const publish = useMutation(
    trpc.observations.publish.mutationOptions({
      onSuccess: async () => {
        forgetLocalDraft(observationId);
        await queryClient.invalidateQueries({ queryKey: trpc.observations.pathKey() });
        void navigate(`/observations/${observationId}`);
      },
    }),
  );
  const confirm = async () => {
    setProblem(null);
    if (!(await flush())) {
      setProblem(
        "Your latest changes are not on the server yet. Publish once you are back online.",
      );
      return;
    }
    publish.mutate({ observationId });
  };
  const error = problem ?? fieldMessage(publish.error, "ratings") ?? publish.error?.message ?? null;
  return (
    <div className="flex flex-col gap-3 border-t border-border pt-4">
      {error ? <Alert variant="error">{error}</Alert> : null}
      {confirming ? (
        <div className="flex flex-col gap-3 rounded-md border border-primary/30 bg-primary-soft p-4">
          <p className="font-medium">
            Publish to {teacherName}? They will see the levels, look-fors and notes, and can reflect
            on them. You cannot edit it afterwards.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="lg" onClick={() => void confirm()} disabled={publish.isPending}>
              {publish.isPending ? "Publishing…" : "Yes, publish"}
            </Button>
            <Button size="lg" variant="secondary" onClick={() => setConfirming(false)}>
              Not yet
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button size="lg" onClick={() => setConfirming(true)}>
            <Send aria-hidden="true" />
            Publish to {teacherName}
          </Button>
        </div>
      )}
    </div>
  );
}
