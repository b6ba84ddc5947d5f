import { useCallback, useRef, useState } from "react";
import { type DetailedError, Upload } from "tus-js-client";

/** Each request carries 8 MB: under the server's cap per request, and little to resend after a drop. */
const CHUNK_BYTES = 8 * 1024 * 1024;

export type UploadState =
  | { phase: "idle" }
  | { phase: "uploading" | "paused"; sent: number; total: number; retrying: boolean }
  | { phase: "done"; videoId: string }
  | { phase: "failed"; message: string };

/** The server's words for a refusal (its answer's text), or a general one for a network failure. */
function messageOf(error: Error | DetailedError): string {
  const response = "originalResponse" in error ? error.originalResponse : null;
  const body = response?.getBody();
  if (response && body && response.getStatus() >= 400 && response.getStatus() < 500)
    return body.trim();
  return "The upload stopped and could not resume. Check your connection and choose the video again: it continues where it stopped.";
}

/**
 * A resumable upload (tus): it retries through a dropped connection and resumes where it
 * stopped, also after the page is reloaded and the same file chosen again (the browser keeps
 * the upload's address). Pause stops sending; resume picks up at the last byte the server has.
 */
export function useVideoUpload(onDone: (videoId: string) => void) {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const upload = useRef<Upload | null>(null);

  const start = useCallback(
    async (file: File, title: string) => {
      const next = new Upload(file, {
        endpoint: "/files/videos/uploads",
        chunkSize: CHUNK_BYTES,
        retryDelays: [0, 1000, 3000, 5000, 10_000, 20_000],
        metadata: { title, filename: file.name, filetype: file.type },
        removeFingerprintOnSuccess: true,
        onShouldRetry: (error) => {
          const status = error.originalResponse?.getStatus() ?? 0;
          // A refusal (wrong type, too large, signed out) will not change by trying again.
          const retry = status === 0 || status >= 500 || status === 409 || status === 423;
          if (retry)
            setState((now) => (now.phase === "uploading" ? { ...now, retrying: true } : now));
          return retry;
        },
        onProgress: (sent, total) => setState({ phase: "uploading", sent, total, retrying: false }),
        onSuccess: ({ lastResponse }) => {
          const body = lastResponse.getBody();
          const videoId = body ? (JSON.parse(body) as { videoId?: string }).videoId : undefined;
          if (!videoId) {
            setState({
              phase: "failed",
              message: "The video arrived but was not recorded. Try again.",
            });
            return;
          }
          setState({ phase: "done", videoId });
          onDone(videoId);
        },
        onError: (error) => setState({ phase: "failed", message: messageOf(error) }),
      });
      upload.current = next;
      const previous = await next.findPreviousUploads();
      const [latest] = previous;
      if (latest) next.resumeFromPreviousUpload(latest);
      setState({ phase: "uploading", sent: 0, total: file.size, retrying: false });
      next.start();
    },
    [onDone],
  );

  const pause = useCallback(async () => {
    await upload.current?.abort();
    setState((now) => (now.phase === "uploading" ? { ...now, phase: "paused" } : now));
  }, []);

  const resume = useCallback(() => {
    setState((now) => (now.phase === "paused" ? { ...now, phase: "uploading" } : now));
    upload.current?.start();
  }, []);

  return { state, start, pause, resume };
}
