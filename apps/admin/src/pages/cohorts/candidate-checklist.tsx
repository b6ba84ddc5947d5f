import type { StageOverride } from "@throughline/domain/cohort-admin";
import { Button } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { UserPlus, UsersRound } from "lucide-react";
import { useId, useState } from "react";
import { CandidateRow, canJoin } from "./candidate-row.tsx";
import type { Candidate } from "./types.ts";

interface CandidateChecklistProps {
  candidates: readonly Candidate[];
  /** Tick every teacher who can be enrolled (a team is usually enrolled whole). */
  preselect: boolean;
  busy: boolean;
  onEnrol: (personIds: string[], overrides: StageOverride[]) => void;
}

/** Enrollable as things stand: free or withdrawn, and past the earlier stages. */
function eligible(candidate: Candidate): boolean {
  return canJoin(candidate) && candidate.heldBackReason === null;
}

/**
 * Teachers to tick; those who cannot be enrolled are shown with the reason, not hidden. Those
 * held back by the stage order join only with an override and its reason, person by person.
 */
export function CandidateChecklist({
  candidates,
  preselect,
  busy,
  onEnrol,
}: CandidateChecklistProps) {
  const legendId = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () =>
      new Set(preselect ? candidates.filter(eligible).map((candidate) => candidate.personId) : []),
  );
  const [overrides, setOverrides] = useState<Readonly<Record<string, string>>>({});
  // After an enrolment the list comes back with new standings; only enrollable ticks count, and
  // a held-back teacher counts once the admin has said why.
  const chosen = candidates.filter((candidate) => {
    if (!canJoin(candidate) || !ticked.has(candidate.personId)) return false;
    return eligible(candidate) || (overrides[candidate.personId] ?? "").trim() !== "";
  });
  const heldBackCount = candidates.filter((c) => canJoin(c) && c.heldBackReason !== null).length;

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
  const override = (personId: string, reason: string | null) => {
    const { [personId]: _, ...rest } = overrides;
    setOverrides(reason === null ? rest : { ...rest, [personId]: reason });
    // Choosing to override ticks the teacher; keeping them back unticks.
    toggle(personId, reason !== null);
  };

  return (
    <div className="flex flex-col gap-4">
      <fieldset aria-labelledby={legendId} className="flex flex-col">
        <legend id={legendId} className="mb-2 text-sm font-medium">
          Teachers ({candidates.length})
        </legend>
        {heldBackCount > 0 ? (
          <p className="mb-2 text-sm text-muted-foreground">
            {heldBackCount === 1 ? "1 teacher has" : `${heldBackCount} teachers have`} not completed
            the stages before this one and {heldBackCount === 1 ? "is" : "are"} held back: not
            enrolled and not told, unless you enrol them anyway and say why.
          </p>
        ) : null}
        <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
          {candidates.map((candidate) => (
            <CandidateRow
              key={candidate.personId}
              candidate={candidate}
              inputId={`${legendId}-${candidate.personId}`}
              checked={ticked.has(candidate.personId)}
              busy={busy}
              override={overrides[candidate.personId] ?? null}
              onToggle={(on) => toggle(candidate.personId, on)}
              onOverride={(reason) => override(candidate.personId, reason)}
            />
          ))}
        </ul>
      </fieldset>
      <div>
        <Button
          disabled={busy || chosen.length === 0}
          onClick={() =>
            onEnrol(
              chosen.map((candidate) => candidate.personId),
              chosen
                .filter((candidate) => !eligible(candidate))
                .map((candidate) => ({
                  personId: candidate.personId,
                  reason: (overrides[candidate.personId] ?? "").trim(),
                })),
            )
          }
        >
          <UserPlus aria-hidden="true" />
          {busy
            ? "Enrolling…"
            : `Enrol ${chosen.length} ${chosen.length === 1 ? "teacher" : "teachers"}`}
        </Button>
      </div>
    </div>
  );
}
