import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { actionStepStatusLabels } from "@throughline/domain/action-step-labels";
import { statusVariant } from "@throughline/ui/action-step-display";
import { Badge } from "@throughline/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDay, formatMoment } from "@throughline/ui/format";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Attention } from "./types.ts";

function planLink(stageId: string): string {
  return `/action-plan?stage=${stageId}`;
}

function DueSteps({ data }: { data: Attention }) {
  if (data.steps.length === 0) {
    return <p className="text-sm text-muted-foreground">Nothing is stuck or due this week.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {data.steps.map((step) => {
        const overdue = step.status !== "stuck" && step.dueOn !== null && step.dueOn < data.today;
        return (
          <li key={step.id} className="flex flex-col gap-1 text-sm">
            <Link
              to={planLink(step.stageId)}
              className="font-medium text-primary underline hover:text-primary-hover"
            >
              {step.description}
            </Link>
            <span className="flex flex-wrap items-center gap-2 text-muted-foreground">
              <Badge variant={overdue ? "warning" : statusVariant[step.status]}>
                {overdue ? "Overdue" : actionStepStatusLabels[step.status]}
              </Badge>
              {step.dueOn ? <span>By {formatDay(step.dueOn)}</span> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function RecentComments({ data }: { data: Attention }) {
  if (data.comments.length === 0) {
    return <p className="text-sm text-muted-foreground">No comments from your coach yet.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {data.comments.map((comment) => (
        <li key={comment.id} className="flex flex-col gap-1 text-sm">
          <p className="text-xs text-muted-foreground">
            <span className="font-semibold text-foreground">{comment.authorName}</span> ·{" "}
            <time dateTime={comment.at.toISOString()}>{formatMoment(comment.at)}</time>
          </p>
          <p className="line-clamp-3 whitespace-pre-line text-foreground">{comment.body}</p>
          <Link
            to={planLink(comment.stageId)}
            className="self-start text-sm text-primary underline hover:text-primary-hover"
          >
            Open and reply<span className="sr-only"> to {comment.authorName}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** One card of the home page fed by the plan's "needs attention" query. */
function AttentionCard({
  title,
  render,
}: {
  title: string;
  render: (data: Attention) => ReactNode;
}) {
  const attention = useQuery(trpc.actionPlan.attention.queryOptions());
  return (
    <Card className="flex w-full flex-col">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <QueryView
          query={attention}
          loading={`Loading ${title.toLowerCase()}…`}
          loadingVariant="inline"
          errorTitle={`${title} could not be loaded`}
          headingLevel={3}
        >
          {render}
        </QueryView>
      </CardContent>
    </Card>
  );
}

export function DueStepsCard() {
  return <AttentionCard title="Due or stuck steps" render={(data) => <DueSteps data={data} />} />;
}

export function RecentCommentsCard() {
  return (
    <AttentionCard
      title="Recent comments from your coach"
      render={(data) => <RecentComments data={data} />}
    />
  );
}
