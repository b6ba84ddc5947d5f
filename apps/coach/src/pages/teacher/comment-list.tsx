import { formatMoment } from "@throughline/ui/format";
import { hashTargetClasses, useHashTarget } from "@throughline/ui/hash-target";
import { cn } from "@throughline/ui/utils";
import type { PlanComment } from "./types.ts";

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
        comment.byTeacher ? "border border-primary/25 bg-primary-soft" : "bg-muted",
        nested && "ml-6",
      )}
    >
      <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
        <span className="font-semibold text-foreground">
          {comment.author.displayName}
          {nested ? " replied" : ""}
        </span>
        <time dateTime={comment.at.toISOString()}>{formatMoment(comment.at)}</time>
      </p>
      <p className="mt-1 whitespace-pre-line text-foreground">{comment.body}</p>
    </div>
  );
}

/** Comments on the plan or one step, each with the replies under it. */
export function CommentList({
  comments,
  stepId,
}: {
  comments: readonly PlanComment[];
  stepId: string | null;
}) {
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
        </li>
      ))}
    </ul>
  );
}
