import { FieldMessage } from "@throughline/ui/field-message";
import { Label } from "@throughline/ui/label";
import { useId } from "react";
import { certificateUrl } from "./certificate-upload.ts";

/**
 * The certificate's file input: the file already sent (to open), the one chosen, the upload's
 * progress while it goes, and the message (the browser's check or the server's) beside it.
 */
export function CertificateField({
  accept,
  current,
  chosen,
  progress,
  error,
  disabled,
  onChoose,
}: {
  accept: string;
  current: { id: string; fileName: string } | null;
  chosen: File | null;
  progress: number | null;
  error: string | null;
  disabled: boolean;
  onChoose: (file: File | null) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>Certificate</Label>
      <p id={hintId} className="text-sm text-muted-foreground">
        A PDF, PNG or JPEG of your certificate or transcript, up to 10 MB.
        {current ? (
          <>
            {" "}
            Sent:{" "}
            <a
              href={certificateUrl(current.id)}
              target="_blank"
              rel="noreferrer"
              className="text-primary underline underline-offset-4"
            >
              {current.fileName}
            </a>
            . Choose a file only to replace it.
          </>
        ) : null}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
        className="block w-full text-sm text-foreground file:mr-3 file:rounded-md file:border file:border-input file:bg-surface file:px-3 file:py-2 file:text-sm file:font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      />
      {chosen && progress === null ? (
        <p className="text-sm text-muted-foreground">Chosen: {chosen.name}</p>
      ) : null}
      {progress !== null ? (
        <div className="flex items-center gap-3">
          <progress
            value={Math.round(progress * 100)}
            max={100}
            aria-label="Sending the certificate"
            className="h-2 w-full max-w-xs"
          />
          <span className="text-sm tabular-nums text-muted-foreground" aria-live="polite">
            {Math.round(progress * 100)}%
          </span>
        </div>
      ) : null}
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
