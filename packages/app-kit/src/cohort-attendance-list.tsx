/*
 * A cohort's introductory-workshop attendance, saved tick by tick. Shared by the coach's and the
 * admin's cohort pages (coaches, facilitators, principals and district admins may record it);
 * each app hands in its tRPC options, as for the notification pages.
 */

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { Card, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { CircleAlert, CircleCheck, LoaderCircle } from "lucide-react";
import { useId, useState } from "react";
import type { AppTrpc } from "./app-trpc.ts";

export type CohortWorkshop = RouterOutputs["workshop"]["forCohort"];
export type RosterRow = CohortWorkshop["roster"][number];

/** What a save led to, in words: usually nothing more than "Saved". */
function savedMessage(next: { kind: string; stage?: { position: number } } | undefined): string {
  if (next?.kind === "enrolled" && next.stage) {
    return `Saved · stage complete, Stage ${next.stage.position} opened`;
  }
  return "Saved";
}

/** One teacher's checkbox, saved the moment it changes, with its own saving status and error. */
function AttendanceRow({
  cohortId,
  row,
  trpc,
}: {
  cohortId: string;
  row: RosterRow;
  trpc: AppTrpc;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  // The box follows the click at once (a controlled input would otherwise snap back until the
  // request starts); the server's answer takes over when it arrives.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const rosterKey = trpc.workshop.forCohort.queryKey({ cohortId });
  const mark = useMutation(
    trpc.workshop.markAttendance.mutationOptions({
      onSuccess(saved) {
        // Show the saved state at once; the refetch brings statuses the change may have moved.
        queryClient.setQueryData(rosterKey, (previous: CohortWorkshop | undefined) =>
          previous
            ? {
                ...previous,
                roster: previous.roster.map((other) =>
                  other.personId === saved.personId
                    ? { ...other, workshopAttended: saved.attended }
                    : other,
                ),
              }
            : previous,
        );
        void queryClient.invalidateQueries(trpc.workshop.forCohort.queryFilter({ cohortId }));
        void queryClient.invalidateQueries(trpc.workshop.cohorts.queryFilter());
      },
      onSettled() {
        setWanted(null);
      },
    }),
  );
  const checked = wanted ?? row.workshopAttended;

  return (
    <li className="flex items-start gap-3 px-6 py-3">
      <input
        id={`${id}-box`}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-status`}
        onChange={(event) => {
          setWanted(event.target.checked);
          mark.mutate({ cohortId, personId: row.personId, attended: event.target.checked });
        }}
        className="mt-0.5 size-5 shrink-0 accent-[var(--color-primary)]"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
          <label htmlFor={`${id}-box`} className="min-w-0 font-medium text-foreground">
            {row.displayName}
          </label>
          <StageStatusBadge status={row.status} />
        </div>
        <span id={`${id}-status`} aria-live="polite" className="text-sm">
          {mark.isPending ? (
            <span className="inline-flex items-center gap-1.5 text-muted-foreground">
              <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
              Saving…
            </span>
          ) : mark.isError ? (
            <span className="inline-flex items-start gap-1.5 font-medium text-danger">
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              Not saved: {mark.error.message}
            </span>
          ) : mark.isSuccess ? (
            <span className="inline-flex items-center gap-1.5 font-medium text-success">
              <CircleCheck aria-hidden="true" className="size-4" />
              {savedMessage(mark.data.next)}
            </span>
          ) : null}
        </span>
      </div>
    </li>
  );
}

/** The workshop's attendance as a checklist: one checkbox per teacher, saved as it changes. */
export function AttendanceList({ cohort, trpc }: { cohort: CohortWorkshop; trpc: AppTrpc }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle id="attendance-heading">Workshop attendance</CardTitle>
        <CardDescription id="attendance-hint">
          Tick each teacher who attended. Each change is saved at once.
        </CardDescription>
      </CardHeader>
      {cohort.roster.length > 0 ? (
        <fieldset aria-describedby="attendance-hint" className="pb-3">
          <legend className="sr-only">Who attended the introductory workshop</legend>
          <ul className="divide-y divide-border border-t border-border">
            {cohort.roster.map((row) => (
              <AttendanceRow key={row.personId} cohortId={cohort.cohort.id} row={row} trpc={trpc} />
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="px-6 pb-6 text-sm text-muted-foreground">
          No teachers are enrolled in this cohort yet.
        </p>
      )}
    </Card>
  );
}
