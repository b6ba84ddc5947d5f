import { useMutation, useQueryClient } from "@tanstack/react-query";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { CircleAlert, CircleCheck, LoaderCircle } from "lucide-react";
import { useId, useState } from "react";
import { trpc } from "../../lib/trpc.ts";
import type { CohortWorkshop, RosterRow } from "./types.ts";

/** What a save led to, in words: usually nothing more than "Saved". */
function savedMessage(next: { kind: string; stage?: { position: number } } | undefined): string {
  if (next?.kind === "enrolled" && next.stage) {
    return `Saved · stage complete, Stage ${next.stage.position} opened`;
  }
  return "Saved";
}

/** One teacher's checkbox, saved the moment it changes, with its own saving status and error. */
export function AttendanceRow({ cohortId, row }: { cohortId: string; row: RosterRow }) {
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
