import type { ReactNode } from "react";
import { formatMoment } from "./format.ts";
import { hashTargetClasses, useHashTarget } from "./hash-target.tsx";
import { cn } from "./utils.ts";

/** A comment on an action plan (or one of its steps), as both apps receive it. */
interface ThreadComment {
  id: string;
  stepId: string | null;
  replyToId: string | null;
  at: Date;
  body: string;
  /** Written by the plan's teacher (otherwise by one of their coaches). */
  byTeacher: boolean;
  author: { displayName: string };
}

type Viewer = "teacher" | "coach";

function CommentItem({
  comment,
  nested,
  viewer,
}: {
  comment: ThreadComment;
  nested: boolean;
  viewer: Viewer;
}) {
  // A notification links here by `#comment-<id>`.
  const targeted = useHashTarget(`comment-${comment.id}`);
  const own = comment.byTeacher === (viewer === "teacher");
  const author = viewer === "teacher" && comment.byTeacher ? "You" : comment.author.displayName;
  return (
    <div
      id={`comment-${comment.id}`}
      tabIndex={-1}
      className={cn(
        hashTargetClasses.base,
        targeted && hashTargetClasses.highlighted,
        "rounded-md px-3 py-2 text-sm",
        // The other side's words stand out; the viewer's own are quiet.
        own ? "bg-muted" : "border border-primary/25 bg-primary-soft",
        nested && "ml-6",
      )}
    >
      <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
        <span className="font-semibold text-foreground">
          {author}
          {nested ? " replied" : ""}
        </span>
        <time dateTime={comment.at.toISOString()}>{formatMoment(comment.at)}</time>
      </p>
      <p className="mt-1 whitespace-pre-line text-foreground">{comment.body}</p>
    </div>
  );
}

/**
 * The conversation about a plan or one step, as the teacher or a coach reads it: each comment
 * with its replies under it, and what the app adds after them (the teacher's Reply).
 */
export function PlanCommentThread<Comment extends ThreadComment>({
  comments,
  stepId,
  viewer,
  afterReplies,
}: {
  comments: readonly Comment[];
  stepId: string | null;
  viewer: Viewer;
  afterReplies?: (root: Comment) => ReactNode;
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
          <CommentItem comment={root} nested={false} viewer={viewer} />
          {here
            .filter((comment) => comment.replyToId === root.id)
            .map((reply) => (
              <CommentItem key={reply.id} comment={reply} nested viewer={viewer} />
            ))}
          {afterReplies?.(root)}
        </li>
      ))}
    </ul>
  );
}
