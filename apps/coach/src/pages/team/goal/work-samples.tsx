import { useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { EVIDENCE_ACCEPT, formatFileSize } from "@throughline/domain/evidence";
import type { TeamGoalWorkSample } from "@throughline/domain/team-goal";
import { FieldMessage } from "@throughline/ui/field-message";
import { uploadFile } from "@throughline/ui/file-upload";
import { Label } from "@throughline/ui/label";
import { FileText } from "lucide-react";
import { useId, useRef, useState } from "react";

/** A checkpoint's de-identified student work, each opened in a new tab for the team to look at. */
export function WorkSampleList({ samples }: { samples: readonly TeamGoalWorkSample[] }) {
  if (samples.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1.5" aria-label="Student work samples">
      {samples.map((sample) => (
        <li key={sample.id} className="flex items-center gap-2 text-sm">
          <FileText aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          <a
            href={`/files/work-samples/${sample.id}`}
            target="_blank"
            rel="noreferrer"
            className="text-primary underline hover:text-primary-hover"
          >
            {sample.fileName}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
          <span className="text-muted-foreground">{formatFileSize(sample.sizeBytes)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Adds a sample of student work with no names on it to a checkpoint. */
export function WorkSampleUpload({
  teamId,
  checkpointId,
}: {
  teamId: string;
  checkpointId: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function send(file: File) {
    setSending(true);
    setMessage(null);
    const answer = await uploadFile(
      "/files/work-samples",
      { field: "checkpointId", id: checkpointId },
      file,
      {
        noun: "work sample",
        idField: "sampleId",
      },
    );
    setSending(false);
    if (!answer.ok) {
      setMessage(answer.message);
      return;
    }
    if (input.current) input.current.value = "";
    await queryClient.invalidateQueries({ queryKey: trpc.teamGoals.forTeam.queryKey({ teamId }) });
  }

  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={`${id}-file`}>Add student work (no names on it)</Label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept={EVIDENCE_ACCEPT}
        disabled={sending}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void send(file);
        }}
        className="text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-sm file:font-medium"
      />
      {sending ? <p className="text-sm text-muted-foreground">Uploading…</p> : null}
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}
