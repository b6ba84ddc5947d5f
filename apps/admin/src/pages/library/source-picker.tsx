import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { type LibraryKind, libraryKinds } from "@throughline/domain/library";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { SelectField } from "@throughline/ui/select-field";
import { kindLabels, type ShareableSources } from "./types.ts";

/** The chosen source: its kind, its id, and for a session the stage it is picked from. */
export interface SourceChoice {
  kind: LibraryKind;
  sourceId: string;
  stageId: string;
}

/** The first source of a kind, the choice until the admin picks another. */
export function firstSource(
  kind: LibraryKind,
  sources: ShareableSources,
  stageId = "",
): SourceChoice {
  const firstStage = stageId || (sources.stages[0]?.id ?? "");
  const sourceId =
    kind === "program"
      ? (sources.programs.find((program) => !program.archived)?.id ?? "")
      : kind === "stage"
        ? firstStage
        : kind === "credential"
          ? (sources.credentials[0]?.id ?? "")
          : "";
  return { kind, sourceId, stageId: firstStage };
}

/** The error field that names the chosen source, as the API names it. */
const sourceField: Record<LibraryKind, string> = {
  stage: "stageId",
  program: "programId",
  session: "sessionId",
  credential: "credentialId",
};

/**
 * What to share or export: a kind, then one of the district's programs, stages or
 * micro-credentials, or a stage and one of its sessions.
 */
export function SourcePicker({
  sources,
  choice,
  onChange,
  error,
  verb,
}: {
  sources: ShareableSources;
  choice: SourceChoice;
  onChange: (choice: SourceChoice) => void;
  error: ApiErrorLike | null;
  verb: string;
}) {
  const sessions = useQuery({
    ...trpc.frameworkAdmin.stage.queryOptions({ stageId: choice.stageId }),
    enabled: choice.kind === "session" && choice.stageId !== "",
  });
  const sessionOptions = sessions.data?.sessions ?? [];
  const sessionId =
    choice.kind === "session" && choice.sourceId === ""
      ? (sessionOptions[0]?.id ?? "")
      : choice.sourceId;
  const set = (next: Partial<SourceChoice>) => onChange({ ...choice, ...next });
  // Two pickers share the page: the export one's labels say so.
  const suffix = verb === "share" ? "" : ` to ${verb}`;
  const options =
    choice.kind === "program"
      ? sources.programs
          .filter((program) => !program.archived)
          .map((program) => ({ id: program.id, label: program.title }))
      : choice.kind === "credential"
        ? sources.credentials.map((credential) => ({ id: credential.id, label: credential.name }))
        : sources.stages.map((stage) => ({ id: stage.id, label: stage.title }));
  return (
    <>
      <SelectField
        label={`What to ${verb}`}
        value={choice.kind}
        onChange={(event) =>
          onChange(firstSource(event.target.value as LibraryKind, sources, choice.stageId))
        }
      >
        {libraryKinds.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={
          choice.kind === "session"
            ? `Stage of the session${suffix}`
            : `${kindLabels[choice.kind]}${suffix}`
        }
        value={choice.kind === "session" ? choice.stageId : choice.sourceId}
        error={choice.kind === "session" ? null : fieldError(error, sourceField[choice.kind])}
        onChange={(event) =>
          choice.kind === "session"
            ? set({ stageId: event.target.value, sourceId: "" })
            : set({ sourceId: event.target.value })
        }
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </SelectField>
      {choice.kind === "session" ? (
        <SelectField
          label={`Session${suffix}`}
          value={sessionId}
          error={fieldError(error, "sessionId")}
          onChange={(event) => set({ sourceId: event.target.value })}
        >
          {sessionOptions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.title}
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}

/** The session the picker shows when the admin has not picked one: the stage's first. */
export function useChosenSessionId(choice: SourceChoice): string {
  const sessions = useQuery({
    ...trpc.frameworkAdmin.stage.queryOptions({ stageId: choice.stageId }),
    enabled: choice.kind === "session" && choice.stageId !== "",
  });
  return choice.sourceId || (sessions.data?.sessions[0]?.id ?? "");
}
