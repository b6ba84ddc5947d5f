/** Sends one photo of the observation; the answer is the new photo's id or the server's message. */
export async function uploadObservationPhoto(
  observationId: string,
  file: File,
): Promise<{ ok: true; photoId: string } | { ok: false; message: string }> {
  const form = new FormData();
  form.set("observationId", observationId);
  form.set("file", file);
  let response: Response;
  try {
    response = await fetch("/files/observation-photos", {
      method: "POST",
      body: form,
      credentials: "include",
    });
  } catch {
    return {
      ok: false,
      message: "The photo could not be sent. Check your connection and try again.",
    };
  }
  const body = (await response.json().catch(() => ({}))) as { photoId?: string; error?: string };
  if (response.ok && body.photoId) return { ok: true, photoId: body.photoId };
  return { ok: false, message: body.error ?? "The photo could not be added. Please try again." };
}

export async function removeObservationPhoto(
  photoId: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch(`/files/observation-photos/${photoId}`, {
      method: "DELETE",
      credentials: "include",
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    return { ok: false, message: body.error ?? "The photo could not be removed." };
  } catch {
    return { ok: false, message: "The photo could not be removed. Check your connection." };
  }
}
