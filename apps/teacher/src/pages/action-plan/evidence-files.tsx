import { useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { EVIDENCE_ACCEPT, formatFileSize } from "@throughline/domain/evidence";
import { evidenceFileUrl } from "@throughline/ui/action-step-display";
import { Button } from "@throughline/ui/button";
import { FieldMessage } from "@throughline/ui/field-message";
import { Label } from "@throughline/ui/label";
import { FileText, Trash2 } from "lucide-react";
import { type ChangeEvent, useId, useRef } from "react";
import { useCheckedUpload } from "../../lib/use-checked-upload.ts";
import { removeEvidenceFile, uploadEvidenceFile } from "./evidence-upload.ts";
import type { EvidenceFile, Step } from "./types.ts";

/** A step's files: open, remove, and add one (checked here first, and again by the server). */
export function EvidenceFiles({ step }: { step: Step }) {
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const { error, setError, status, setStatus, busy, setBusy, upload } = useCheckedUpload((file) =>
    uploadEvidenceFile(step.id, file),
  );

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: trpc.actionPlan.pathKey() });
  }

  async function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setStatus(null);
    if (!file || !(await upload(file))) return;
    if (inputRef.current) inputRef.current.value = "";
    await refresh();
  }

  async function remove(file: EvidenceFile) {
    setBusy(true);
    const result = await removeEvidenceFile(file.id);
    setBusy(false);
    if (!result.ok) setError(result.message);
    else setStatus(`Removed ${file.fileName}.`);
    await refresh();
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-3">
      {step.files.length > 0 ? (
        <ul className="flex flex-col gap-2" aria-label="Evidence files">
          {step.files.map((file) => (
            <li
              key={file.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border px-3 py-2"
            >
              <a
                href={evidenceFileUrl(file.id)}
                target="_blank"
                rel="noreferrer"
                className="inline-flex min-w-0 items-center gap-2 font-medium text-primary underline hover:text-primary-hover"
              >
                <FileText aria-hidden="true" className="size-4 shrink-0" />
                <span className="truncate">{file.fileName}</span>
                <span className="shrink-0 text-sm font-normal text-muted-foreground">
                  {formatFileSize(file.sizeBytes)}
                </span>
              </a>
              <Button variant="ghost" size="sm" disabled={busy} onClick={() => void remove(file)}>
                <Trash2 aria-hidden="true" />
                Remove<span className="sr-only"> {file.fileName}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-col gap-2">
        <Label htmlFor={id}>Add a file as evidence</Label>
        <p id={hintId} className="text-sm text-muted-foreground">
          A lesson plan, a photo of student work or slides: PDF, image or Office document, up to 10
          MB.
        </p>
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept={EVIDENCE_ACCEPT}
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => void onChoose(event)}
          className="block w-full text-sm text-foreground file:mr-3 file:h-10 file:cursor-pointer file:rounded-md file:border file:border-input file:bg-surface file:px-4 file:text-sm file:font-medium file:text-foreground hover:file:bg-muted"
        />
        <FieldMessage id={errorId} message={error} />
        <p role="status" className="text-sm text-success">
          {busy ? "Working…" : status}
        </p>
      </div>
    </div>
  );
}
