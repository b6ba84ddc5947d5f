/** Sends one file to the evidence endpoint; the answer is the new file's id or the server's message. */
export async function uploadEvidenceFile(
  stepId: string,
  file: File,
): Promise<{ ok: true; fileId: string } | { ok: false; message: string }> {
  const form = new FormData();
  form.set("stepId", stepId);
  form.set("file", file);
  let response: Response;
  try {
    response = await fetch("/files/evidence", {
      method: "POST",
      body: form,
      credentials: "include",
    });
  } catch {
    return {
      ok: false,
      message: "The file could not be sent. Check your connection and try again.",
    };
  }
  const body = (await response.json().catch(() => ({}))) as { fileId?: string; error?: string };
  if (response.ok && body.fileId) return { ok: true, fileId: body.fileId };
  return { ok: false, message: body.error ?? "The file could not be added. Please try again." };
}

export async function removeEvidenceFile(
  fileId: string,
): Promise<{ ok: boolean; message?: string }> {
  const response = await fetch(`/files/evidence/${fileId}`, {
    method: "DELETE",
    credentials: "include",
  });
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  return { ok: false, message: body.error ?? "The file could not be removed." };
}
