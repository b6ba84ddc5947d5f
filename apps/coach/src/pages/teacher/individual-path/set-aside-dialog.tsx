import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { trpc } from "../../../lib/trpc.ts";
import type { TeacherRecommendation } from "./types.ts";

/**
 * The coach sets a recommended session aside for the teacher, with a reason the coach keeps.
 * A native modal dialog: the browser traps focus, closes on Escape and gives focus back.
 */
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
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState("");
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

  useEffect(() => {
    if (recommendation) dialog.current?.showModal();
    else dialog.current?.close();
  }, [recommendation]);

  function close() {
    dismiss.reset();
    setReason("");
    onClose();
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (recommendation) {
      dismiss.mutate({ teacherId, sessionId: recommendation.sessionId, reason });
    }
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
            Set “{recommendation.title}” aside for {name}?
          </h2>
          <p className="text-sm text-muted-foreground">
            It leaves {name}'s list until new evidence brings it back or you assign it.
          </p>
          <FormField
            label="Reason"
            name="reason"
            value={reason}
            maxLength={200}
            onChange={(event) => setReason(event.target.value)}
            error={dismiss.error ? fieldError(dismiss.error, "reason") : null}
            hint="For example: “We worked on this together in a coaching cycle.”"
          />
          <div className="flex flex-col gap-2 sm:flex-row">
            <Button type="submit" disabled={dismiss.isPending}>
              {dismiss.isPending ? "Setting aside…" : "Set aside"}
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
