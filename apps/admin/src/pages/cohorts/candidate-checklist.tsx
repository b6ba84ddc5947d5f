import { Button } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { UserPlus, UsersRound } from "lucide-react";
import { useId, useState } from "react";
import type { Candidate } from "./types.ts";

interface CandidateChecklistProps {
  candidates: readonly Candidate[];
  /** Tick every teacher who can be enrolled (a team is usually enrolled whole). */
  preselect: boolean;
  busy: boolean;
  onEnrol: (personIds: string[]) => void;
}

function canEnrol(candidate: Candidate): boolean {
  return candidate.standing === "free" || candidate.standing === "withdrawn";
}

function note(candidate: Candidate): string | null {
  switch (candidate.standing) {
    case "enrolled":
      return "Already in this cohort";
    case "other_cohort":
      return `Already in ${candidate.otherCohortName ?? "another cohort of this stage"}`;
    case "withdrawn":
      return "Withdrawn earlier; enrolling brings them back";
    default:
      return null;
  }
}

/** Teachers to tick; those who cannot be enrolled are shown with the reason, not hidden. */
export function CandidateChecklist({
  candidates,
  preselect,
  busy,
  onEnrol,
}: CandidateChecklistProps) {
  const legendId = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () =>
      new Set(preselect ? candidates.filter(canEnrol).map((candidate) => candidate.personId) : []),
  );
  // After an enrolment the list comes back with new standings; only enrollable ticks count.
  const chosen = candidates
    .filter((candidate) => canEnrol(candidate) && ticked.has(candidate.personId))
    .map((candidate) => candidate.personId);

  if (candidates.length === 0) {
    return (
      <EmptyState title="No teachers found" icon={UsersRound} headingLevel={3}>
        <p>Nobody here teaches at this cohort's school.</p>
      </EmptyState>
    );
  }
  const toggle = (personId: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(personId);
    else next.delete(personId);
    setTicked(next);
  };

  return (
    <div className="flex flex-col gap-4">
      <fieldset aria-labelledby={legendId} className="flex flex-col">
        <legend id={legendId} className="mb-2 text-sm font-medium">
          Teachers ({candidates.length})
        </legend>
        <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
          {candidates.map((candidate) => {
            const reason = note(candidate);
            const inputId = `${legendId}-${candidate.personId}`;
            return (
              <li key={candidate.personId} className="flex items-start gap-3 px-3 py-2">
                <input
                  id={inputId}
                  type="checkbox"
                  className="mt-1 size-5 accent-primary"
                  checked={canEnrol(candidate) && ticked.has(candidate.personId)}
                  disabled={busy || !canEnrol(candidate)}
                  aria-describedby={reason ? `${inputId}-note` : undefined}
                  onChange={(event) => toggle(candidate.personId, event.target.checked)}
                />
                <label htmlFor={inputId} className="flex flex-col">
                  <span className="font-medium">{candidate.displayName}</span>
                  <span className="text-sm text-muted-foreground">{candidate.email}</span>
                  {reason ? (
                    <span id={`${inputId}-note`} className="text-sm text-muted-foreground">
                      {reason}
                    </span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div>
        <Button disabled={busy || chosen.length === 0} onClick={() => onEnrol(chosen)}>
          <UserPlus aria-hidden="true" />
          {busy
            ? "Enrolling…"
            : `Enrol ${chosen.length} ${chosen.length === 1 ? "teacher" : "teachers"}`}
        </Button>
      </div>
    </div>
  );
}
