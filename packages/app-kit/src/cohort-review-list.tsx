import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { CircleCheck } from "lucide-react";
import { useState } from "react";
import type { AppTrpc } from "./app-trpc.ts";
import type { CohortWorkshop, RosterRow } from "./cohort-attendance-list.tsx";

type ProgressionOutcome = RouterOutputs["progression"]["confirm"]["next"];

function outcomeText(name: string, next: ProgressionOutcome): string {
  switch (next.kind) {
    case "enrolled":
      return `${name} has completed the stage and is now enrolled in ${next.cohortName}.`;
    case "already_open":
      return `${name} has completed the stage; Stage ${next.stage.position} was already open for them.`;
    case "no_cohort":
      return `${name} has completed the stage. Their school has no Stage ${next.stage.position} cohort this year yet, so nothing opened.`;
    case "finished":
      return `${name} has completed the last stage of the framework.`;
    case "not_complete":
      return `${name}'s stage is not complete yet.`;
  }
}

function ReviewRow({
  cohortId,
  row,
  onConfirmed,
  trpc,
}: {
  cohortId: string;
  row: RosterRow;
  onConfirmed: (message: string) => void;
  trpc: AppTrpc;
}) {
  const queryClient = useQueryClient();
  const confirm = useMutation(
    trpc.progression.confirm.mutationOptions({
      onSuccess(result) {
        onConfirmed(outcomeText(row.displayName, result.next));
        void queryClient.invalidateQueries(trpc.workshop.forCohort.queryFilter({ cohortId }));
        void queryClient.invalidateQueries(trpc.workshop.cohorts.queryFilter());
      },
    }),
  );
  return (
    <li className="flex flex-col gap-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-col">
          <span className="font-medium text-foreground">{row.displayName}</span>
          <span className="text-sm text-muted-foreground">
            Every requirement met · {row.sessionsCompleted} of {row.sessionsTotal} sessions
          </span>
        </div>
        <Button
          onClick={() => confirm.mutate({ enrolmentId: row.enrolmentId })}
          disabled={confirm.isPending}
        >
          <CircleCheck aria-hidden="true" />
          {confirm.isPending ? "Confirming…" : "Confirm stage complete"}
          <span className="sr-only"> for {row.displayName}</span>
        </Button>
      </div>
      {confirm.isError ? (
        <Alert variant="error" title="Not confirmed">
          {confirm.error.message}
        </Alert>
      ) : null}
    </li>
  );
}

/**
 * Teachers who met every requirement of a stage that asks for a confirmation. Shared by the
 * coach's and the admin's cohort pages; each app hands in its tRPC options.
 */
export function ReviewList({ cohort, trpc }: { cohort: CohortWorkshop; trpc: AppTrpc }) {
  const ready = cohort.roster.filter((row) => row.status === "ready_for_review");
  // Kept here, not in the row: a confirmed teacher leaves the list, their message stays.
  const [confirmed, setConfirmed] = useState<string | null>(null);
  return (
    <Card>
      <CardHeader>
        <CardTitle id="review-heading">Ready for review</CardTitle>
        <CardDescription>
          {cohort.cohort.stage.requiresConfirmation
            ? "This stage asks the cohort's coach, its principal or a district admin to confirm completion; confirming opens the next stage."
            : "This stage completes on its own once every requirement is met."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {confirmed ? (
          <Alert variant="success" title="Stage confirmed">
            {confirmed}
          </Alert>
        ) : null}
        {ready.length === 0 ? (
          <p className="text-sm text-muted-foreground">No teacher is waiting for a review.</p>
        ) : cohort.canConfirm ? (
          <ul className="divide-y divide-border">
            {ready.map((row) => (
              <ReviewRow
                key={row.enrolmentId}
                cohortId={cohort.cohort.id}
                row={row}
                onConfirmed={setConfirmed}
                trpc={trpc}
              />
            ))}
          </ul>
        ) : (
          <>
            <p className="mb-2 text-sm text-muted-foreground">
              The cohort's coach, its principal or a district admin confirms these.
            </p>
            <ul className="list-disc pl-5 text-sm">
              {ready.map((row) => (
                <li key={row.enrolmentId}>{row.displayName}</li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
    </Card>
  );
}
