import { useQuery } from "@tanstack/react-query";
import { actionStepStatusLabels } from "@throughline/domain/action-plan";
import { formatFileSize } from "@throughline/domain/evidence";
import { evidenceFileUrl, statusVariant } from "@throughline/ui/action-step-display";
import { Badge } from "@throughline/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { ErrorState } from "@throughline/ui/error-state";
import { formatDay, formatMoment } from "@throughline/ui/format";
import { hashTargetClasses, useHashTarget } from "@throughline/ui/hash-target";
import { Loading } from "@throughline/ui/loading";
import { cn } from "@throughline/ui/utils";
import { CalendarDays, FileText, Link as LinkIcon } from "lucide-react";
import { trpc } from "../../lib/trpc.ts";
import { CommentBox } from "./comment-box.tsx";
import { CommentList } from "./comment-list.tsx";
import type { CoachPlanView, Step } from "./types.ts";

function StepItem({
  planId,
  step,
  comments,
}: {
  planId: string;
  step: Step;
  comments: CoachPlanView["plan"]["comments"];
}) {
  const headingId = `step-${step.id}-title`;
  // A notification ("stuck") links here by `#step-<id>`.
  const targeted = useHashTarget(`step-${step.id}`);
  const hasEvidence = Boolean(
    step.evidenceText || step.evidenceUrl || step.files.length > 0 || step.reflection,
  );
  return (
    <article
      id={`step-${step.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      className={cn(
        hashTargetClasses.base,
        targeted && hashTargetClasses.highlighted,
        "flex flex-col gap-3 rounded-md border border-border p-4",
      )}
    >
      <header className="flex flex-col gap-1.5">
        <h4 id={headingId} className="font-semibold text-foreground">
          {step.description}
        </h4>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
          <Badge variant={statusVariant[step.status]}>{actionStepStatusLabels[step.status]}</Badge>
          {step.dueOn ? (
            <span className="inline-flex items-center gap-1">
              <CalendarDays aria-hidden="true" className="size-4" />
              By {formatDay(step.dueOn)}
            </span>
          ) : null}
        </p>
      </header>
      {hasEvidence ? null : (
        <p className="text-sm text-muted-foreground">No evidence or reflection yet.</p>
      )}
      <dl className="grid gap-3 text-sm empty:hidden">
        {step.evidenceText ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Evidence
            </dt>
            <dd className="whitespace-pre-line">{step.evidenceText}</dd>
          </div>
        ) : null}
        {step.evidenceUrl ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Evidence link
            </dt>
            <dd>
              <a
                href={step.evidenceUrl}
                target="_blank"
                rel="noreferrer"
                className="inline-flex items-center gap-1.5 break-all text-primary underline hover:text-primary-hover"
              >
                <LinkIcon aria-hidden="true" className="size-4 shrink-0" />
                {step.evidenceUrl}
              </a>
            </dd>
          </div>
        ) : null}
        {step.files.length > 0 ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Evidence files
            </dt>
            <dd>
              <ul className="mt-1 flex flex-col gap-1">
                {step.files.map((file) => (
                  <li key={file.id}>
                    <a
                      href={evidenceFileUrl(file.id)}
                      target="_blank"
                      rel="noreferrer"
                      className="inline-flex items-center gap-2 text-primary underline hover:text-primary-hover"
                    >
                      <FileText aria-hidden="true" className="size-4 shrink-0" />
                      {file.fileName}
                      <span className="text-muted-foreground">
                        {formatFileSize(file.sizeBytes)}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {step.reflection ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Reflection
            </dt>
            <dd className="whitespace-pre-line">{step.reflection}</dd>
          </div>
        ) : null}
      </dl>
      <CommentList comments={comments} stepId={step.id} />
      <CommentBox planId={planId} stepId={step.id} label="Comment on this step" />
    </article>
  );
}

/** A coachee's plan, read-only, with a comment box on the plan and on each step, and its history. */
export function PlanView({ planId }: { planId: string }) {
  const view = useQuery(trpc.coaching.plan.queryOptions({ planId }));
  if (view.isPending) return <Loading variant="inline" label="Loading the action plan…" />;
  if (view.isError) {
    return (
      <ErrorState
        headingLevel={3}
        title="The action plan could not be loaded"
        message={view.error.message}
        onRetry={() => void view.refetch()}
        retrying={view.isFetching}
      />
    );
  }
  const { plan, history } = view.data;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <Card>
        <CardHeader>
          <CardTitle level={3}>Action plan · Stage {plan.stage.position}</CardTitle>
          <CardDescription>
            {plan.sharedWithTeam ? "Shared with the team" : "Private to the teacher and coaches"}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <div>
            <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Goal
            </h4>
            <p className="mt-1 whitespace-pre-line text-foreground">{plan.goal}</p>
          </div>
          {plan.indicators.length > 0 ? (
            <ul className="flex flex-wrap gap-2" aria-label="Indicators targeted">
              {plan.indicators.map((indicator) => (
                <li key={indicator.id}>
                  <Badge variant="primary">
                    {indicator.code} {indicator.title}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : null}
          <section aria-label="Steps" className="flex flex-col gap-3">
            {plan.steps.length > 0 ? (
              plan.steps.map((step) => (
                <StepItem key={step.id} planId={plan.id} step={step} comments={plan.comments} />
              ))
            ) : (
              <p className="text-sm text-muted-foreground">No steps yet.</p>
            )}
          </section>
          <section
            aria-label="Comments on the plan"
            className="flex flex-col gap-3 border-t border-border pt-4"
          >
            <CommentList comments={plan.comments} stepId={null} />
            <CommentBox planId={plan.id} stepId={null} label="Comment on the plan" />
          </section>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle level={3}>History</CardTitle>
        </CardHeader>
        <CardContent>
          {history.length > 0 ? (
            <ol className="flex flex-col gap-3 border-l-2 border-border pl-4">
              {history.map((entry) => (
                <li key={entry.id} className="text-sm">
                  <p>
                    <span className="font-semibold">{entry.actor.displayName}</span> ·{" "}
                    {entry.summary}
                  </p>
                  <time dateTime={entry.at.toISOString()} className="text-xs text-muted-foreground">
                    {formatMoment(entry.at)}
                  </time>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted-foreground">No changes recorded yet.</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
