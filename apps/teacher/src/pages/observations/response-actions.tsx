import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { formatMoment } from "@throughline/ui/format";
import { CircleCheck } from "lucide-react";
import { useId } from "react";

/** "I have read this", once. */
export function AcknowledgeButton({
  observationId,
  acknowledgedAt,
}: {
  observationId: string;
  acknowledgedAt: Date | null;
}) {
  const queryClient = useQueryClient();
  const acknowledge = useMutation(
    trpc.observations.acknowledge.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.observations.pathKey() }),
    }),
  );
  if (acknowledgedAt) {
    return (
      <p className="inline-flex items-center gap-1.5 text-sm text-success">
        <CircleCheck aria-hidden="true" className="size-4" />
        Acknowledged {formatMoment(acknowledgedAt)}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      {acknowledge.error ? <Alert variant="error">{acknowledge.error.message}</Alert> : null}
      <div>
        <Button
          variant="secondary"
          onClick={() => acknowledge.mutate({ observationId })}
          disabled={acknowledge.isPending}
        >
          Acknowledge
        </Button>
      </div>
    </div>
  );
}

/** The teacher's choice to let their principal read one coaching observation. */
export function ShareToggle({ observationId, shared }: { observationId: string; shared: boolean }) {
  const id = useId();
  const queryClient = useQueryClient();
  const share = useMutation(
    trpc.observations.share.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.observations.pathKey() }),
    }),
  );
  return (
    <div className="flex flex-col gap-2 rounded-md border border-border bg-surface p-4">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 font-medium">
        <input
          id={id}
          type="checkbox"
          className="size-5 accent-primary"
          checked={shared}
          disabled={share.isPending}
          aria-describedby={`${id}-explain`}
          onChange={(event) => share.mutate({ observationId, shared: event.target.checked })}
        />
        Share with my principal
      </label>
      <p id={`${id}-explain`} className="text-sm text-muted-foreground">
        Coaching observations are between you and your coaches. Your principal only sees that a
        visit happened and when. Sharing lets your principal read this one observation: its levels,
        look-fors, notes and your reflection. You can stop sharing at any time.
      </p>
      {share.error ? <Alert variant="error">{share.error.message}</Alert> : null}
    </div>
  );
}
