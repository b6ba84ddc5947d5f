import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import type { CriterionScores } from "@throughline/domain/credential";
import { Alert } from "@throughline/ui/alert";
import { BackLink } from "@throughline/ui/back-link";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { PageHeader } from "@throughline/ui/page-header";
import { useState } from "react";
import { useParams } from "react-router";
import { RubricCriterionField } from "../reviews/rubric-criterion.tsx";
import { CalibrationResult } from "./calibration-result.tsx";
import { certifiedDate } from "./certified-date.ts";

type CalibrationSet = RouterOutputs["calibration"]["set"];

function Closed({ set }: { set: CalibrationSet }) {
  if (set.access.may) return null;
  if (set.access.reason === "lead_reviewer") {
    return (
      <Alert variant="info">
        You are a lead reviewer of this credential: no calibration needed.
      </Alert>
    );
  }
  return (
    <Alert variant="success" title="You are certified">
      Certified until {set.certifiedUntil ? certifiedDate(set.certifiedUntil) : "—"}. You may renew
      from {certifiedDate(set.access.renewFrom)}.
    </Alert>
  );
}

/** A new version whose rubric changed starts without samples: the old scores no longer fit. */
function NeedsSamples() {
  return (
    <Alert variant="info" title="This calibration set needs new samples">
      There is nothing to score yet. When a credential's rubric changes, its earlier samples no
      longer fit it: a lead reviewer must score new samples before anyone can calibrate. Please
      check back later.
    </Alert>
  );
}

function CalibrationForm({ set }: { set: CalibrationSet }) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, CriterionScores>>({});
  const submit = useMutation(
    trpc.calibration.submit.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.credentialReviews.pathFilter()),
    }),
  );
  if (submit.data) {
    return (
      <CalibrationResult
        result={submit.data}
        onRetake={() => {
          setAnswers({});
          submit.reset();
          window.scrollTo({ top: 0 });
        }}
      />
    );
  }
  return (
    <form
      className="flex flex-col gap-8"
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate({ credentialId: set.credentialId, versionId: set.versionId, answers });
      }}
    >
      {set.samples.map((sample) => (
        <section
          key={sample.id}
          aria-labelledby={`sample-${sample.id}`}
          className="flex flex-col gap-4"
        >
          <h2 id={`sample-${sample.id}`} className="text-lg font-semibold">
            {sample.title}
          </h2>
          <ul className="flex flex-col gap-2">
            {sample.evidence.map((item) => (
              <li
                key={`${item.requirementKey}-${item.title}`}
                className="flex flex-col gap-1 rounded-md border border-border bg-surface p-3"
              >
                <h3 className="font-medium">{item.title}</h3>
                <p className="whitespace-pre-line text-sm">{item.body}</p>
              </li>
            ))}
          </ul>
          <ol className="flex flex-col gap-3">
            {set.rubric.criteria.map((criterion) => (
              <RubricCriterionField
                key={criterion.key}
                name={`sample-${sample.id}`}
                criterion={criterion}
                levels={set.rubric.levels}
                level={answers[sample.id]?.[criterion.key]}
                onLevel={(level) =>
                  setAnswers({
                    ...answers,
                    [sample.id]: { ...answers[sample.id], [criterion.key]: level },
                  })
                }
                levelError={fieldError(submit.error, `answers.${sample.id}.${criterion.key}`)}
              />
            ))}
          </ol>
        </section>
      ))}
      {submit.error ? <Alert variant="error">{submit.error.message}</Alert> : null}
      <div>
        <Button type="submit" disabled={submit.isPending}>
          Submit my scores
        </Button>
      </div>
    </form>
  );
}

/** The calibration set once it came: its name, then the form, or why it is closed. */
function CalibrationSetView({ set }: { set: CalibrationSet }) {
  return (
    <>
      <BackLink to="/reviews">Back to reviews</BackLink>
      <PageHeader
        title={`Calibration: ${set.name}`}
        description="Score each sample as you would a teacher's submission. A lead reviewer has already scored them; you are certified when you match at least 80 % of the scores and every outcome."
      />
      <div className="flex max-w-3xl flex-col gap-6">
        {!set.access.may ? (
          <Closed set={set} />
        ) : set.samples.length === 0 ? (
          <NeedsSamples />
        ) : (
          <CalibrationForm set={set} />
        )}
      </div>
    </>
  );
}

/** "Certify the certifiers": score the calibration set blind, then see how it compared. */
export function CalibrationPage() {
  const { credentialId = "" } = useParams();
  return (
    <QueryPage
      options={trpc.calibration.set.queryOptions({ credentialId })}
      loading="Loading the calibration set…"
      errorTitle="This calibration set could not be opened"
    >
      {(set) => <CalibrationSetView set={set} />}
    </QueryPage>
  );
}
