/*
 * Sending a certificate with its progress: `fetch` cannot report how much of an upload has
 * gone, so this one upload uses XMLHttpRequest. The route answers `{ certificateId }` or
 * `{ error }` (the server's message, shown beside the file field).
 */

type CertificateAnswer = { ok: true; certificateId: string } | { ok: false; message: string };

export function certificateUrl(certificateId: string): string {
  return `/files/external-pd-certificates/${certificateId}`;
}

/** Posts `file` for the request; `onProgress` gets the share sent so far, 0 to 1. */
export function uploadCertificate(
  requestId: string,
  file: File,
  onProgress: (share: number) => void,
): Promise<CertificateAnswer> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.set("requestId", requestId);
    form.set("file", file);
    const request = new XMLHttpRequest();
    request.open("POST", "/files/external-pd-certificates");
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { certificateId?: unknown; error?: unknown } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's HTML error page: the plain message below says what happened.
      }
      if (request.status === 201 && typeof body.certificateId === "string") {
        resolve({ ok: true, certificateId: body.certificateId });
        return;
      }
      resolve({
        ok: false,
        message:
          typeof body.error === "string"
            ? body.error
            : "The certificate could not be added. Please try again.",
      });
    };
    request.onerror = () =>
      resolve({
        ok: false,
        message: "The certificate could not be sent. Check your connection and try again.",
      });
    request.send(form);
  });
}
