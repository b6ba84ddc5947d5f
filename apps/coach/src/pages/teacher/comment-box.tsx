import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { Label } from "@throughline/ui/label";
import { Textarea } from "@throughline/ui/textarea";
import { type FormEvent, useId, useState } from "react";

/** A comment on the plan (no step) or on one step; the server's message shows beside the box. */
export function CommentBox({
  planId,
  stepId,
  label,
}: {
  planId: string;
  stepId: string | null;
  label: string;
}) {
  const queryClient = useQueryClient();
  const id = useId();
  const [body, setBody] = useState("");
  const [sent, setSent] = useState(false);
  const comment = useMutation(
    trpc.actionPlan.comment.mutationOptions({
      onSuccess: async () => {
        setBody("");
        setSent(true);
        await queryClient.invalidateQueries({ queryKey: trpc.coaching.pathKey() });
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    comment.mutate({ planId, stepId, body });
  }
  const error = fieldError(comment.error, "body", { orGeneral: true });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        id={id}
        rows={2}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldMessage id={`${id}-error`} message={error} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={comment.isPending}>
          {comment.isPending ? "Sending…" : "Add comment"}
        </Button>
        <p role="status" className="text-sm text-success">
          {sent ? "Comment added." : null}
        </p>
      </div>
    </form>
  );
}
