import { formatMoment } from "@throughline/app-kit/video/moment";
import { Button } from "@throughline/ui/button";
import { EvidenceLink } from "@throughline/ui/evidence-link";
import { formatShortDate } from "@throughline/ui/format";
import { useStepAnchor } from "@throughline/ui/step-anchor";
import { StepStatusAndDue } from "@throughline/ui/step-status-and-due";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { Link } from "react-router";
import { CommentThread } from "./comment-thread.tsx";
import { EvidenceFiles } from "./evidence-files.tsx";
import { StepEditor } from "./step-editor.tsx";
import type { Plan, Step } from "./types.ts";

/** "Dec 3": the day of the meeting a step came from. */
function formatMeetingDay(date: Date): string {
  return formatShortDate(date);
}

function Detail({ label, children }: { label: string; children: string }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {label}
      </dt>
      <dd className="whitespace-pre-line text-sm text-foreground">{children}</dd>
    </div>
  );
}

/** One step of the teacher's plan: read it, edit it, add evidence, and talk about it. */
export function StepCard({ plan, step }: { plan: Plan; step: Step }) {
  const [editing, setEditing] = useState(false);
  // A notification links here by `#step-<id>`.
  const { headingId, articleProps } = useStepAnchor(
    step.id,
    "flex flex-col gap-4 rounded-[var(--radius-card)] border border-border bg-surface p-4 shadow-sm sm:p-5",
  );
  return (
    <article {...articleProps}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1.5">
          <h3 id={headingId} className="font-semibold text-foreground">
            <span className="sr-only">Step {step.position}: </span>
            {step.description}
          </h3>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <StepStatusAndDue
              status={step.status}
              dueOn={step.dueOn}
              completedAt={step.completedAt}
            />
            {step.fromMeeting ? (
              <Link to={`/meetings/${step.fromMeeting.id}`} className="text-primary underline">
                From {step.fromMeeting.title}, {formatMeetingDay(step.fromMeeting.startsAt)}
              </Link>
            ) : null}
            {step.fromSession ? (
              <Link
                to={`/sessions/${step.fromSession.id}/after-lesson`}
                className="font-medium text-primary underline"
              >
                {step.status === "done"
                  ? "Read your reflection after the lesson"
                  : "Write your reflection after the lesson"}
              </Link>
            ) : null}
          </p>
        </div>
        {editing ? null : (
          <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" />
            Edit<span className="sr-only"> step “{step.description}”</span>
          </Button>
        )}
      </header>
      {editing ? (
        <StepEditor step={step} onDone={() => setEditing(false)} />
      ) : step.evidenceText || step.evidenceUrl || step.reflection ? (
        <dl className="grid gap-3">
          {step.evidenceText ? <Detail label="Evidence">{step.evidenceText}</Detail> : null}
          {step.evidenceUrl ? (
            <div className="flex flex-col gap-1">
              <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                Evidence link
              </dt>
              <dd className="text-sm">
                <EvidenceLink url={step.evidenceUrl} />
              </dd>
            </div>
          ) : null}
          {step.reflection ? <Detail label="Reflection">{step.reflection}</Detail> : null}
        </dl>
      ) : null}
      <EvidenceFiles step={step} />
      {step.clips && step.clips.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Video clips as evidence">
          {step.clips.map((clip) => (
            <li key={clip.clipId}>
              <Link to={`/videos/${clip.videoId}`} className="font-medium text-primary underline">
                Video clip: {clip.title} ({formatMoment(clip.startSeconds)}–
                {formatMoment(clip.endSeconds)})
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <CommentThread planId={plan.id} comments={plan.comments} stepId={step.id} />
    </article>
  );
}
