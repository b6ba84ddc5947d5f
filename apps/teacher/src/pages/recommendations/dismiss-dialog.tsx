import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { trpc } from "../../lib/trpc.ts";
import type { Recommendation } from "./types.ts";

/**
 * "Not for me": asks for a short reason (the coach reads it) before the session leaves the list.
 * A native modal dialog: the browser traps focus, closes on Escape and gives focus back.
 */
export function DismissDialog({
  recommendation,
  onClose,
  onDismissed,
}: {
  recommendation: Recommendation | null;
  onClose: () => void;
  onDismissed: (title: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState("");
  const queryClient = useQueryClient();
  const dismiss = useMutation(
    trpc.recommendations.dismiss.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.recommendations.mine.queryKey() });
        onDismissed(recommendation?.title ?? "The session");
      },
    }),
  );

  useEffect(() => {
    if (recommendation) dialog.current?.showModal();
    else dialog.current?.close();
  }, [recommendation]);

  const close = () => {
    dismiss.reset();
    setReason("");
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (recommendation) dismiss.mutate({ sessionId: recommendation.sessionId, reason });
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={close}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-6 text-foreground shadow-lg backdrop:bg-black/40"
    >
      {recommendation ? (
        <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
          <h2 id={titleId} className="text-lg font-semibold">
            Not for you: “{recommendation.title}”?
          </h2>
          <p className="text-sm text-muted-foreground">
            It leaves your list. Your coach sees your reason, so say briefly why.
          </p>
          <FormField
            label="Reason"
            name="reason"
            value={reason}
            maxLength={200}
            onChange={(event) => setReason(event.target.value)}
            error={dismiss.error ? fieldError(dismiss.error, "reason") : null}
            hint="For example: “I did this in last year's training.”"
          />
          <div className="flex flex-col gap-2 sm:flex-row">
            <Button type="submit" disabled={dismiss.isPending}>
              {dismiss.isPending ? "Removing…" : "Remove from my list"}
            </Button>
            <Button type="button" variant="secondary" onClick={close} disabled={dismiss.isPending}>
              Keep it
            </Button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
