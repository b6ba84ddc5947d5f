import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { PlanCommentThread } from "@throughline/ui/plan-comment-thread";
import { SubmitCancelButtons } from "@throughline/ui/submit-cancel-buttons";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";
import type { PlanComment } from "./types.ts";

function ReplyForm({
  planId,
  comment,
  onDone,
}: {
  planId: string;
  comment: PlanComment;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const reply = useMutation(
    trpc.actionPlan.comment.mutationOptions({
      onSuccess: async () => {
        setBody("");
        onDone();
        await queryClient.invalidateQueries({ queryKey: trpc.actionPlan.pathKey() });
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    reply.mutate({ planId, replyToId: comment.id, body });
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <TextAreaField
        label={`Reply to ${comment.author.displayName}`}
        rows={2}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(reply.error, "body", { orGeneral: true })}
      />
      <SubmitCancelButtons
        pending={reply.isPending}
        submitLabel="Send reply"
        pendingLabel="Sending…"
        onCancel={onDone}
        size="sm"
      />
    </form>
  );
}

/**
 * The conversation about a plan or one step: each coach comment with the replies under it. The
 * teacher answers with "Reply"; comments come from their coaches.
 */
export function CommentThread({
  planId,
  comments,
  stepId,
}: {
  planId: string;
  comments: readonly PlanComment[];
  stepId: string | null;
}) {
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  return (
    <PlanCommentThread
      comments={comments}
      stepId={stepId}
      viewer="teacher"
      afterReplies={(root) =>
        replyingTo === root.id ? (
          <div className="ml-6">
            <ReplyForm planId={planId} comment={root} onDone={() => setReplyingTo(null)} />
          </div>
        ) : (
          <Button
            variant="link"
            size="sm"
            className="ml-6 self-start"
            onClick={() => setReplyingTo(root.id)}
          >
            Reply<span className="sr-only"> to {root.author.displayName}</span>
          </Button>
        )
      }
    />
  );
}
