import { checkEvidenceFile } from "@throughline/domain/evidence";
import type { UploadAnswer } from "@throughline/ui/file-upload";
import { useState } from "react";

/**
 * Uploading an evidence file: checked here first (type and size, so a wrong file is refused at
 * once), then sent; the server checks it again. Keeps the error, the "Added …" status and
 * whether a send is under way.
 */
export function useCheckedUpload(send: (file: File) => Promise<UploadAnswer>) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Resolves true once the server kept the file. */
  async function upload(file: File): Promise<boolean> {
    const refused = checkEvidenceFile({
      fileName: file.name,
      contentType: file.type,
      sizeBytes: file.size,
    });
    if (refused) {
      setError(refused);
      return false;
    }
    setError(null);
    setBusy(true);
    const result = await send(file);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return false;
    }
    setStatus(`Added ${file.name}.`);
    return true;
  }

  return { error, setError, status, setStatus, busy, setBusy, upload };
}
