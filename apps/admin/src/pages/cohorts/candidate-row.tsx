import { Button } from "@throughline/ui/button";
import { FormField } from "@throughline/ui/form-field";
import { stageStatusLabel } from "@throughline/ui/stage-status-badge";
import type { Candidate } from "./types.ts";

/** Free or withdrawn: enrolling adds them (already here, or in another cohort of it: not). */
export function canJoin(candidate: Candidate): boolean {
  return candidate.standing === "free" || candidate.standing === "withdrawn";
}

function standingNote(candidate: Candidate): string | null {
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

interface CandidateRowProps {
  candidate: Candidate;
  inputId: string;
  checked: boolean;
  busy: boolean;
  /** The reason typed for enrolling past the stage order; null when not overriding. */
  override: string | null;
  onToggle: (on: boolean) => void;
  onOverride: (reason: string | null) => void;
}

/**
 * One teacher: name, email, the stage they are on now and anything that stops them joining. A
 * teacher short of the earlier stages is held back: their box is off until the admin chooses to
 * enrol them anyway and says why (recorded on the enrolment).
 */
export function CandidateRow({
  candidate,
  inputId,
  checked,
  busy,
  override,
  onToggle,
  onOverride,
}: CandidateRowProps) {
  const heldBack = canJoin(candidate) && candidate.heldBackReason !== null;
  const enrollable = canJoin(candidate) && (!heldBack || override !== null);
  const note = standingNote(candidate);
  const stage = candidate.currentStage
    ? `Stage ${candidate.currentStage.position} · ${stageStatusLabel(candidate.currentStage.status)}`
    : "Not in a stage yet";
  const notes = [
    `${inputId}-stage`,
    note ? `${inputId}-note` : null,
    heldBack ? `${inputId}-held` : null,
  ];
  return (
    <li className="flex flex-col gap-2 px-3 py-2">
      <div className="flex items-start gap-3">
        <input
          id={inputId}
          type="checkbox"
          className="mt-1 size-5 accent-primary"
          checked={enrollable && checked}
          disabled={busy || !enrollable}
          aria-describedby={notes.filter(Boolean).join(" ")}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <label htmlFor={inputId} className="flex min-w-0 flex-col">
          <span className="font-medium">{candidate.displayName}</span>
          <span className="break-all text-sm text-muted-foreground">{candidate.email}</span>
          <span id={`${inputId}-stage`} className="text-sm text-muted-foreground">
            Current stage: {stage}
          </span>
          {note ? (
            <span id={`${inputId}-note`} className="text-sm text-muted-foreground">
              {note}
            </span>
          ) : null}
          {heldBack ? (
            <span id={`${inputId}-held`} className="text-sm font-medium text-warning">
              Held back: {candidate.heldBackReason}
            </span>
          ) : null}
        </label>
      </div>
      {heldBack && override === null ? (
        <Button
          variant="secondary"
          size="sm"
          className="ml-8 self-start"
          disabled={busy}
          onClick={() => onOverride("")}
        >
          Enrol {candidate.displayName} anyway…
        </Button>
      ) : null}
      {heldBack && override !== null ? (
        <div className="ml-8 flex flex-col gap-2">
          <FormField
            label={`Why enrol ${candidate.displayName} before the earlier stages?`}
            hint="Recorded with the enrolment, with your name and the date."
            value={override}
            maxLength={500}
            onChange={(event) => onOverride(event.target.value)}
          />
          <Button
            variant="ghost"
            size="sm"
            className="self-start"
            disabled={busy}
            onClick={() => onOverride(null)}
          >
            Keep {candidate.displayName} held back
          </Button>
        </div>
      ) : null}
    </li>
  );
}
