import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { formatTime } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { AttemptHistory } from "./attempt-history.tsx";
import { FeedbackCard } from "./feedback-card.tsx";
import { MissingList } from "./missing-list.tsx";
import { RequirementSection } from "./requirement-section.tsx";
import type { SubmissionPage as PageData } from "./types.ts";

/** My submission for one credential: start, gather evidence, submit, read feedback, try again. */
export function SubmissionPage() {
  const { credentialId = "" } = useParams();
  return (
    <QueryPage
      options={trpc.credentials.submission.queryOptions({ credentialId })}
      about="your submission"
    >
      {(data) => <Submission credentialId={credentialId} data={data} />}
    </QueryPage>
  );
}

/** The submission once it came, with what may be done with it now. */
function Submission({ credentialId, data }: { credentialId: string; data: PageData }) {
  const queryClient = useQueryClient();
  const start = useMutation(trpc.credentials.start.mutationOptions());
  const submit = useMutation(trpc.credentials.submit.mutationOptions());
  const [saved, setSaved] = useState<string | null>(null);

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: trpc.credentials.pathKey() });
  }

  const latest = data.latest;
  const editable = latest?.status === "draft";

  /** Edits save as each field is left; this waits for those saves, then reloads the draft. */
  async function saveDraft() {
    while (queryClient.isMutating() > 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await refresh();
    setSaved(`Draft saved at ${formatTime(new Date())}.`);
  }

  async function startAttempt() {
    await start.mutateAsync({ credentialId }).catch(() => undefined);
    await refresh();
  }

  return (
    <>
      <PageHeader
        title={`${data.credential.name}: my submission`}
        description={
          <span>
            {data.standing.label}
            {latest ? ` · attempt ${latest.attempt}` : ""} ·{" "}
            <Link
              to={`/credentials/${credentialId}`}
              className="text-primary underline hover:text-primary-hover"
            >
              Requirements and rubric
            </Link>
          </span>
        }
      />
      <div className="flex flex-col gap-8">
        {start.error ? <Alert variant="error">{start.error.message}</Alert> : null}
        {!latest && data.canStart ? (
          <Alert variant="info" title="Not started yet">
            <p className="mb-3">
              Start a submission to gather your evidence. Your draft is kept until you submit it.
            </p>
            <Button disabled={start.isPending} onClick={() => void startAttempt()}>
              Start a submission
            </Button>
          </Alert>
        ) : null}
        {latest?.status === "submitted" ? (
          <Alert variant="info" title="Submitted for review">
            {latest.daysWaiting === 0
              ? "Submitted today. "
              : `Waiting ${latest.daysWaiting} ${latest.daysWaiting === 1 ? "day" : "days"} for a certified reviewer. `}
            Your evidence can no longer change.
          </Alert>
        ) : null}
        {latest?.status === "earned" ? (
          <Alert variant="success" title="Earned">
            Congratulations. Your badge is in{" "}
            <Link to="/badges" className="text-primary underline hover:text-primary-hover">
              My badges
            </Link>
            .
          </Alert>
        ) : null}
        {latest?.status === "not_yet" ? (
          <>
            <Alert variant="warning" title="Not yet">
              <p className="mb-3">
                Read the feedback below, then start attempt {data.nextAttempt}: your evidence is
                copied in, so you only change what the feedback asks.
              </p>
              <Button disabled={start.isPending} onClick={() => void startAttempt()}>
                Start attempt {data.nextAttempt}
              </Button>
            </Alert>
            <FeedbackCard attempt={latest} />
          </>
        ) : null}
        {latest && editable ? <MissingList missing={latest.missing} /> : null}
        {data.previous ? <FeedbackCard attempt={data.previous} /> : null}
        {latest ? (
          <TitledSection
            headingId="evidence-heading"
            title={`Evidence for attempt ${latest.attempt}`}
            className="gap-4"
            headingClassName="text-xl"
          >
            {latest.definition.requirements.map((requirement) => (
              <RequirementSection
                key={`${latest.id}-${requirement.key}`}
                submissionId={latest.id}
                requirement={requirement}
                items={latest.evidence.filter((item) => item.requirementKey === requirement.key)}
                planFiles={data.planFiles}
                editable={editable}
                onChanged={refresh}
              />
            ))}
          </TitledSection>
        ) : null}
        {latest && editable ? (
          <div className="sticky bottom-0 flex flex-col gap-2 border-t border-border bg-background py-4">
            <div className="flex flex-wrap items-center gap-3">
              <Button variant="secondary" onClick={() => void saveDraft()}>
                Save draft
              </Button>
              <Button
                disabled={latest.missing.length > 0 || submit.isPending}
                aria-describedby={latest.missing.length > 0 ? "missing-requirements" : undefined}
                onClick={() => {
                  void submit
                    .mutateAsync({ submissionId: latest.id })
                    .then(refresh)
                    .catch(() => undefined);
                }}
              >
                Submit for review
              </Button>
              <p role="status" className="text-sm text-success">
                {saved}
              </p>
            </div>
            {submit.error ? (
              <p className="text-sm font-medium text-danger">{submit.error.message}</p>
            ) : null}
          </div>
        ) : null}
        {data.attempts.length > 0 ? <AttemptHistory attempts={data.attempts} /> : null}
      </div>
    </>
  );
}
