import { formatFileSize } from "@throughline/domain/evidence";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { FormField } from "@throughline/ui/form-field";
import { TitledCard } from "@throughline/ui/titled-card";
import { Pause, Play, Upload } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { useVideoUpload } from "./use-video-upload.ts";

interface VideoUploadCardProps {
  /** The district's limit, checked here first and again by the server. */
  maxBytes: number;
  /** The district's student-consent rule, which the teacher confirms before sharing. */
  consentRule: string;
  onUploaded: (videoId: string) => void;
}

const TAKEN = ["video/mp4", "video/quicktime", "video/webm"];

/**
 * Record a lesson on the phone (the camera opens from the file picker) or choose a file, name
 * it, and send it with a progress bar, pause and resume. The server checks the file by its
 * content; the type and size checks here only save a wasted upload.
 */
export function VideoUploadCard({ maxBytes, consentRule, onUploaded }: VideoUploadCardProps) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const { state, start, pause, resume } = useVideoUpload(onUploaded);
  const fileId = useId();
  const busy = state.phase === "uploading" || state.phase === "paused";

  const choose = (chosen: File | null) => {
    setProblem(null);
    setFile(chosen);
    if (!chosen) return;
    if (chosen.type !== "" && !TAKEN.includes(chosen.type)) {
      setProblem("This file is not a video we can take. Upload an MP4, MOV or WebM video.");
    } else if (chosen.size > maxBytes) {
      setProblem(`This video is larger than your district's limit of ${formatFileSize(maxBytes)}.`);
    }
    if (title === "") setTitle(chosen.name.replace(/\.[^.]+$/, "").slice(0, 120));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem("Record or choose a video first.");
    if (problem) return;
    void start(file, title.trim() || "Classroom video");
  };

  return (
    <TitledCard
      title="Add a lesson video"
      description="Record a lesson segment on your phone or upload a file (MP4, MOV or WebM). Only you see it until you share it."
    >
      <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
        <div className="rounded-md border border-border bg-muted/40 p-3 text-sm">
          <p className="font-medium">Your district's consent rule</p>
          <p className="mt-1 text-muted-foreground">{consentRule}</p>
          <p className="mt-1 text-muted-foreground">
            Record only students this covers; you confirm it before you share the video.
          </p>
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor={fileId} className="font-medium text-sm">
            Video
          </label>
          <input
            id={fileId}
            type="file"
            accept="video/*"
            capture="environment"
            disabled={busy}
            aria-describedby={problem ? `${fileId}-problem` : undefined}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-surface file:px-3 file:py-2 file:font-medium focus-visible:outline-2 focus-visible:outline-ring"
          />
          {problem ? (
            <p id={`${fileId}-problem`} className="text-danger text-sm">
              {problem}
            </p>
          ) : (
            <p className="text-muted-foreground text-sm">
              Up to {formatFileSize(maxBytes)}. On a phone this opens the camera.
            </p>
          )}
        </div>
        <FormField
          label="Title"
          value={title}
          maxLength={120}
          disabled={busy}
          onChange={(event) => setTitle(event.target.value)}
        />
        {state.phase === "uploading" || state.phase === "paused" ? (
          <div className="flex flex-col gap-2">
            <progress
              max={state.total}
              value={state.sent}
              aria-label="Upload progress"
              className="h-3 w-full accent-primary"
            />
            <p className="text-sm" aria-live="polite">
              {state.phase === "paused"
                ? `Paused at ${formatFileSize(state.sent)} of ${formatFileSize(state.total)}`
                : state.retrying
                  ? "Connection lost. Trying again; the upload resumes where it stopped…"
                  : `Uploading ${formatFileSize(state.sent)} of ${formatFileSize(state.total)}`}
            </p>
            {state.phase === "uploading" ? (
              <Button type="button" variant="secondary" onClick={() => void pause()}>
                <Pause aria-hidden className="size-4" /> Pause
              </Button>
            ) : (
              <Button type="button" variant="secondary" onClick={resume}>
                <Play aria-hidden className="size-4" /> Resume
              </Button>
            )}
          </div>
        ) : (
          <Button type="submit" className="self-start">
            <Upload aria-hidden className="size-4" /> Upload video
          </Button>
        )}
        {state.phase === "failed" ? (
          <Alert variant="error" title="The video was not uploaded">
            {state.message}
          </Alert>
        ) : null}
        {state.phase === "done" ? (
          <Alert variant="success" title="Uploaded">
            Your video is being prepared for playback.
          </Alert>
        ) : null}
      </form>
    </TitledCard>
  );
}
