import type { LibraryKind } from "@throughline/domain/library";
import { Alert } from "@throughline/ui/alert";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { SelectField } from "@throughline/ui/select-field";
import { Link } from "react-router";
import { firstOpenProgram, ProgramSelect } from "./program-select.tsx";
import {
  copyLink,
  type ImportedCopy,
  kindLabels,
  type ProgramOption,
  type StageOption,
} from "./types.ts";

/** Where a copy goes: a program for a stage, a stage for a session; the others need neither. */
interface ImportTargets {
  programId: string;
  stageId: string;
}

export function firstTargets(
  programs: readonly ProgramOption[],
  stages: readonly StageOption[],
): ImportTargets {
  return { programId: firstOpenProgram(programs), stageId: stages[0]?.id ?? "" };
}

/** Only the target the kind uses, as the import procedures take it. */
export function targetFor(kind: LibraryKind, targets: ImportTargets) {
  if (kind === "stage") return { programId: targets.programId };
  if (kind === "session") return { stageId: targets.stageId };
  return {};
}

/** The choice of where the copy goes, or what the import makes when there is no choice. */
export function ImportTargetFields({
  kind,
  programs,
  stages,
  targets,
  onChange,
  error,
  disabled,
}: {
  kind: LibraryKind;
  programs: readonly ProgramOption[];
  stages: readonly StageOption[];
  targets: ImportTargets;
  onChange: (targets: ImportTargets) => void;
  error: ApiErrorLike | null;
  disabled?: boolean;
}) {
  if (kind === "stage") {
    return (
      <ProgramSelect
        programs={programs}
        value={targets.programId}
        error={error}
        disabled={disabled}
        onChange={(programId) => onChange({ ...targets, programId })}
      />
    );
  }
  if (kind === "session") {
    return (
      <SelectField
        label="Into stage (added at its end)"
        value={targets.stageId}
        disabled={disabled}
        error={fieldError(error, "stageId")}
        onChange={(event) => onChange({ ...targets, stageId: event.target.value })}
      >
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.title}
          </option>
        ))}
      </SelectField>
    );
  }
  return (
    <p className="text-sm text-muted-foreground">
      {kind === "program"
        ? "The copy is a new program of yours, with every stage and session, listed after your programs."
        : "The copy is a new micro-credential of yours, archived so that nobody can start it until you have reviewed it and restored it."}
    </p>
  );
}

/** What an import made, with a link to open the copy. */
export function ImportedAlert({ copy }: { copy: ImportedCopy }) {
  return (
    <Alert variant="success" title={`${kindLabels[copy.kind]} imported`}>
      The copy is your district's to adapt. <Link to={copyLink(copy)}>Open the copy</Link>
      {copy.unmatchedCodes.length > 0
        ? `. No indicator of yours has the code ${copy.unmatchedCodes.join(", ")}: nothing is linked to it.`
        : "."}
    </Alert>
  );
}
