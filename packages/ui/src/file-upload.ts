/*
 * Sending a file to one of the server's upload routes and removing it again, with the server's
 * message (or a plain one when the connection fails) as the answer. The routes answer
 * `{ <idField>: … }` on success and `{ error }` otherwise.
 */

export type UploadAnswer = { ok: true; id: string } | { ok: false; message: string };

/** Posts `file` with the owner's id field ("stepId": …) to `url`; `noun` names it in messages. */
export async function uploadFile(
  url: string,
  owner: { field: string; id: string },
  file: File,
  names: { noun: string; idField: string },
): Promise<UploadAnswer> {
  const form = new FormData();
  form.set(owner.field, owner.id);
  form.set("file", file);
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: form, credentials: "include" });
  } catch {
    return {
      ok: false,
      message: `The ${names.noun} could not be sent. Check your connection and try again.`,
    };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const id = body[names.idField];
  if (response.ok && typeof id === "string") return { ok: true, id };
  const error = typeof body.error === "string" ? body.error : null;
  return { ok: false, message: error ?? `The ${names.noun} could not be added. Please try again.` };
}

/** Deletes an uploaded file at `url`. */
export async function removeUploadedFile(
  url: string,
  noun: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { method: "DELETE", credentials: "include" });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    const error = typeof body.error === "string" ? body.error : null;
    return { ok: false, message: error ?? `The ${noun} could not be removed.` };
  } catch {
    return { ok: false, message: `The ${noun} could not be removed. Check your connection.` };
  }
}
