import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { EVIDENCE_ACCEPT } from "@throughline/domain/evidence";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { Label } from "@throughline/ui/label";
import { UrlField } from "@throughline/ui/url-field";
import { type ChangeEvent, useId, useState } from "react";
import { useCheckedUpload } from "../../lib/use-checked-upload.ts";
import { uploadSubmissionFile } from "./submission-upload.ts";
import type { PlanFile, Requirement } from "./types.ts";

interface AdderProps {
  submissionId: string;
  requirement: Requirement;
  onChanged: () => Promise<void>;
}

/** Adds a file: one from my action plans, or a new upload (checked here, then by the server). */
export function FileAdder({
  submissionId,
  requirement,
  planFiles,
  onChanged,
}: AdderProps & { planFiles: PlanFile[] }) {
  const id = useId();
  const [chosen, setChosen] = useState("");
  const { error, setError, status, setStatus, busy, upload } = useCheckedUpload((file) =>
    uploadSubmissionFile(submissionId, requirement.key, file),
  );
  const add = useMutation(trpc.credentials.addEvidence.mutationOptions());

  async function addPlanFile() {
    if (!chosen) return;
    setError(null);
    try {
      await add.mutateAsync({
        submissionId,
        requirementKey: requirement.key,
        source: "plan_file",
        evidenceFileId: chosen,
      });
      setChosen("");
      setStatus("Added the file from your action plan.");
      await onChanged();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The file could not be added.");
    }
  }

  async function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file || !(await upload(file))) return;
    input.value = "";
    await onChanged();
  }

  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-4 rounded-md bg-muted/40 p-3">
      {planFiles.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-1 flex-col gap-2">
            <Label htmlFor={`${id}-plan`}>Choose a file from your action plans</Label>
            <select
              id={`${id}-plan`}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
              className="h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground shadow-xs"
            >
              <option value="">Choose a file…</option>
              {planFiles.map((file) => (
                <option key={file.id} value={file.id}>
                  {file.fileName} ({file.stageTitle}: {file.stepDescription})
                </option>
              ))}
            </select>
          </div>
          <Button
            variant="secondary"
            disabled={!chosen || add.isPending}
            onClick={() => void addPlanFile()}
          >
            Add file
          </Button>
        </div>
      ) : null}
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-upload`}>Upload a new file for “{requirement.label}”</Label>
        <input
          id={`${id}-upload`}
          type="file"
          accept={EVIDENCE_ACCEPT}
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => void onChoose(event)}
          className="block w-full text-sm text-foreground file:mr-3 file:h-10 file:cursor-pointer file:rounded-md file:border file:border-input file:bg-surface file:px-4 file:text-sm file:font-medium file:text-foreground hover:file:bg-muted"
        />
        <p className="text-sm text-muted-foreground">PDF, image or Office document, up to 10 MB.</p>
      </div>
      <FieldMessage id={errorId} message={error} />
      <p role="status" className="text-sm text-success">
        {busy ? "Uploading…" : status}
      </p>
    </div>
  );
}

/** Adds a web link (http or https only; the server says so next to the field otherwise). */
export function LinkAdder({ submissionId, requirement, onChanged }: AdderProps) {
  const [url, setUrl] = useState("");
  const add = useMutation(trpc.credentials.addEvidence.mutationOptions());
  async function submit() {
    try {
      await add.mutateAsync({ submissionId, requirementKey: requirement.key, source: "link", url });
      setUrl("");
      await onChanged();
    } catch {
      // The message is shown next to the field.
    }
  }
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <UrlField
        className="min-w-0 flex-1"
        label={`Link for “${requirement.label}”`}
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        error={fieldError(add.error, "url", { orGeneral: true })}
      />
      <Button type="submit" variant="secondary" disabled={!url.trim() || add.isPending}>
        Add link
      </Button>
    </form>
  );
}
