import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";
import { trpc } from "../client.ts";
import { formatMoment } from "./moment.tsx";
import type { VideoComment, VideoReview } from "./video-types.ts";

interface VideoTimelineProps {
  review: VideoReview;
  /** Moves the player to the moment (and plays from there). */
  seek: (seconds: number) => void;
}

function ReplyForm({ review, parent }: { review: VideoReview; parent: VideoComment }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const reply = useMutation(
    trpc.video.comment.mutationOptions({
      onSuccess: async () => {
        setBody("");
        setOpen(false);
        await queryClient.invalidateQueries({
          queryKey: trpc.video.get.queryKey({ videoId: review.video.id }),
        });
      },
    }),
  );
  if (!open) {
    return (
      <Button variant="link" size="sm" className="self-start px-0" onClick={() => setOpen(true)}>
        Reply to {parent.author.name}
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate({
      videoId: review.video.id,
      atSeconds: parent.atSeconds,
      body,
      parentId: parent.id,
    });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <TextAreaField
        label={`Reply to ${parent.author.name}`}
        value={body}
        rows={2}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(reply.error, "body", { orGeneral: true })}
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={reply.isPending}>
          Send reply
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function CommentBody({ comment }: { comment: VideoComment }) {
  return (
    <>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{comment.author.name}</span>
        {comment.selfReflection ? <Badge variant="info">Self-reflection</Badge> : null}
        {comment.indicator ? (
          <Badge variant="neutral" className="whitespace-normal text-left">
            {comment.indicator.code} {comment.indicator.title}
            {comment.level ? ` · ${comment.level.label}` : ""}
          </Badge>
        ) : null}
      </p>
      <p className="whitespace-pre-wrap text-sm">{comment.body}</p>
    </>
  );
}

/**
 * The comments in the order of the video, each with its replies; the moment is a button that
 * moves the player there.
 */
export function VideoTimeline({ review, seek }: VideoTimelineProps) {
  const threads = review.comments.filter((comment) => comment.parentId === null);
  const repliesTo = (id: string) => review.comments.filter((comment) => comment.parentId === id);
  if (threads.length === 0) {
    return (
      <p className="text-muted-foreground text-sm">
        No comments yet. Pause at a moment and add the first.
      </p>
    );
  }
  return (
    <ol className="flex flex-col gap-3" aria-label="Comments by moment">
      {threads.map((comment) => (
        <li key={comment.id} className="flex flex-col gap-2 rounded-lg border border-border p-3">
          <Button
            variant="secondary"
            size="sm"
            className="self-start tabular-nums"
            onClick={() => seek(comment.atSeconds)}
            aria-label={`Play from ${formatMoment(comment.atSeconds)}`}
          >
            {formatMoment(comment.atSeconds)}
          </Button>
          <CommentBody comment={comment} />
          {repliesTo(comment.id).length > 0 ? (
            <ul
              className="ml-4 flex flex-col gap-2 border-border border-l-2 pl-3"
              aria-label="Replies"
            >
              {repliesTo(comment.id).map((reply) => (
                <li key={reply.id}>
                  <CommentBody comment={reply} />
                </li>
              ))}
            </ul>
          ) : null}
          <ReplyForm review={review} parent={comment} />
        </li>
      ))}
    </ol>
  );
}
