import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormField } from "@throughline/ui/form-field";
import { type FormEvent, useId, useState } from "react";
import { trpc } from "../client.ts";
import type { VideoReview } from "./video-types.ts";

/** Attaches a WebVTT caption file; the player then offers the captions. */
export function VideoCaptionForm({ review }: { review: VideoReview }) {
  const queryClient = useQueryClient();
  const fileId = useId();
  const [vtt, setVtt] = useState<string | null>(null);
  const [label, setLabel] = useState("English");
  const [language, setLanguage] = useState("en");
  const add = useMutation(
    trpc.video.addCaption.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.video.get.queryKey({ videoId: review.video.id }),
        }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ videoId: review.video.id, label, language, vtt: vtt ?? "" });
  };
  const fileProblem = fieldError(add.error, "vtt");
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate aria-label="Add captions">
      <FormAlert message={formError(add.error, ["vtt", "label", "language"])} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={fileId} className="font-medium text-sm">
          Caption file (WebVTT, .vtt)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".vtt,text/vtt"
          aria-invalid={fileProblem ? true : undefined}
          aria-describedby={fileProblem ? `${fileId}-problem` : undefined}
          onChange={async (event) => setVtt((await event.target.files?.[0]?.text()) ?? null)}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-surface file:px-3 file:py-2 focus-visible:outline-2 focus-visible:outline-ring"
        />
        {fileProblem ? (
          <p id={`${fileId}-problem`} className="text-danger text-sm">
            {fileProblem}
          </p>
        ) : null}
      </div>
      <div className="grid grid-cols-2 gap-3">
        <FormField
          label="Label"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          error={fieldError(add.error, "label")}
        />
        <FormField
          label="Language"
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
          error={fieldError(add.error, "language")}
        />
      </div>
      <Button type="submit" variant="secondary" className="self-start" disabled={add.isPending}>
        Add captions
      </Button>
    </form>
  );
}
