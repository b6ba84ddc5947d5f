import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { formatMoment } from "@throughline/ui/format";
import { hashTargetClasses, useHashTarget } from "@throughline/ui/hash-target";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { cn } from "@throughline/ui/utils";
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
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={reply.isPending}>
          {reply.isPending ? "Sending…" : "Send reply"}
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function CommentItem({ comment, nested }: { comment: PlanComment; nested: boolean }) {
  // A notification links here by `#comment-<id>`.
  const targeted = useHashTarget(`comment-${comment.id}`);
  return (
    <div
      id={`comment-${comment.id}`}
      tabIndex={-1}
      className={cn(
        hashTargetClasses.base,
        targeted && hashTargetClasses.highlighted,
        "rounded-md px-3 py-2 text-sm",
        comment.byTeacher ? "bg-muted" : "border border-primary/25 bg-primary-soft",
        nested && "ml-6",
      )}
    >
      <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
        <span className="font-semibold text-foreground">
          {comment.byTeacher ? "You" : comment.author.displayName}
        </span>
        <time dateTime={comment.at.toISOString()}>{formatMoment(comment.at)}</time>
      </p>
      <p className="mt-1 whitespace-pre-line text-foreground">{comment.body}</p>
    </div>
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
  const here = comments.filter((comment) => comment.stepId === stepId);
  const roots = here.filter((comment) => comment.replyToId === null);
  if (roots.length === 0) return null;
  return (
    <ul
      className="flex flex-col gap-3"
      aria-label={stepId ? "Comments on this step" : "Comments on the plan"}
    >
      {roots.map((root) => (
        <li key={root.id} className="flex flex-col gap-2">
          <CommentItem comment={root} nested={false} />
          {here
            .filter((comment) => comment.replyToId === root.id)
            .map((reply) => (
              <CommentItem key={reply.id} comment={reply} nested />
            ))}
          {replyingTo === root.id ? (
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
          )}
        </li>
      ))}
    </ul>
  );
}
