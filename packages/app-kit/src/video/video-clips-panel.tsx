import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { TitledCard } from "@throughline/ui/titled-card";
import { type FormEvent, useState } from "react";
import { trpc } from "../client.ts";
import { ClipMeetingChoice } from "./clip-meeting-choice.tsx";
import { formatMoment, parseMoment } from "./moment.tsx";
import type { VideoReview } from "./video-types.ts";

type Clip = VideoReview["clips"][number];

function EvidenceChoice({ review, clip }: { review: VideoReview; clip: Clip }) {
  const queryClient = useQueryClient();
  const [stepId, setStepId] = useState("");
  const attach = useMutation(
    trpc.video.clipAsEvidence.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.video.get.queryKey({ videoId: review.video.id }),
        }),
    }),
  );
  if (clip.step) return <p className="text-sm">Evidence for: {clip.step.description}</p>;
  const steps = review.evidenceSteps ?? [];
  if (steps.length === 0) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        attach.mutate({ clipId: clip.id, stepId });
      }}
      noValidate
    >
      <SelectField
        label={`Use “${clip.title}” as evidence for`}
        value={stepId}
        onChange={(event) => setStepId(event.target.value)}
        error={fieldError(attach.error, "stepId", { orGeneral: true })}
      >
        <option value="">Choose an action-plan step</option>
        {steps.map((step) => (
          <option key={step.id} value={step.id}>
            {step.description}
          </option>
        ))}
      </SelectField>
      <Button type="submit" size="sm" variant="secondary" disabled={attach.isPending}>
        Add as evidence
      </Button>
    </form>
  );
}

/** The teacher's clips (a start and an end) and which action-plan step each is evidence for. */
export function VideoClipsPanel({
  review,
  seek,
  currentMoment,
}: {
  review: VideoReview;
  seek: (seconds: number) => void;
  currentMoment: () => number;
}) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation(
    trpc.video.clip.mutationOptions({
      onSuccess: async () => {
        setTitle("");
        setStart("");
        setEnd("");
        await queryClient.invalidateQueries({
          queryKey: trpc.video.get.queryKey({ videoId: review.video.id }),
        });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const startSeconds = parseMoment(start);
    const endSeconds = parseMoment(end);
    if (startSeconds === null || endSeconds === null)
      return setProblem("Give the start and end like 1:05");
    setProblem(null);
    add.mutate({ videoId: review.video.id, title, startSeconds, endSeconds });
  };
  const now = () => formatMoment(currentMoment());
  return (
    <TitledCard title="Clips" level={2} description="Pick out a segment to share as evidence.">
      {review.clips.length > 0 ? (
        <ul className="mb-4 flex flex-col gap-3" aria-label="Clips">
          {review.clips.map((clip) => (
            <li key={clip.id} className="flex flex-col gap-2 rounded-lg border border-border p-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-sm">{clip.title}</span>
                <Button size="sm" variant="secondary" onClick={() => seek(clip.startSeconds)}>
                  Play {formatMoment(clip.startSeconds)}–{formatMoment(clip.endSeconds)}
                </Button>
              </div>
              <EvidenceChoice review={review} clip={clip} />
              <ClipMeetingChoice review={review} clip={clip} />
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate aria-label="Make a clip">
        <FormAlert message={formError(add.error, ["title", "startSeconds", "endSeconds"])} />
        <FormField
          label="Clip name"
          value={title}
          maxLength={120}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError(add.error, "title")}
        />
        <div className="grid grid-cols-2 gap-3">
          <div className="flex flex-col gap-1">
            <FormField
              label="Start"
              placeholder="0:00"
              value={start}
              onChange={(event) => setStart(event.target.value)}
              error={problem ?? fieldError(add.error, "startSeconds")}
            />
            <Button type="button" size="sm" variant="ghost" onClick={() => setStart(now())}>
              Start here
            </Button>
          </div>
          <div className="flex flex-col gap-1">
            <FormField
              label="End"
              placeholder="0:30"
              value={end}
              onChange={(event) => setEnd(event.target.value)}
              error={fieldError(add.error, "endSeconds")}
            />
            <Button type="button" size="sm" variant="ghost" onClick={() => setEnd(now())}>
              End here
            </Button>
          </div>
        </div>
        <Button type="submit" className="self-start" disabled={add.isPending}>
          Make clip
        </Button>
      </form>
    </TitledCard>
  );
}
