import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { SelectField } from "@throughline/ui/select-field";
import { useState } from "react";
import { trpc } from "../client.ts";
import { ClipPlayer } from "./clip-player.tsx";
import { formatMoment } from "./moment.tsx";

/**
 * The classroom-video clips that are evidence for one requirement of a submission, each in its
 * own player (the segment only). The teacher adds and removes them while it is a draft; a
 * reviewer plays them while it is under review. A clip whose video was deleted says so.
 */
export function SubmissionClips({
  submissionId,
  requirementKey,
  editable,
  onChanged,
}: {
  submissionId: string;
  requirementKey: string;
  editable: boolean;
  /** After a clip is added or removed, so the page can say again what is still missing. */
  onChanged?: () => Promise<void>;
}) {
  const queryClient = useQueryClient();
  const query = useQuery(trpc.video.submissionClips.queryOptions({ submissionId }));
  const refresh = async () => {
    await queryClient.invalidateQueries({
      queryKey: trpc.video.submissionClips.queryKey({ submissionId }),
    });
    await onChanged?.();
  };
  const remove = useMutation(trpc.video.revokeClipShare.mutationOptions({ onSuccess: refresh }));
  const clips = (query.data ?? []).filter((clip) => clip.requirementKey === requirementKey);
  return (
    <div className="flex flex-col gap-3">
      {clips.length > 0 ? (
        <ul className="flex flex-col gap-4" aria-label="Video clips">
          {clips.map((clip) => (
            <li key={clip.id} className="flex flex-col gap-2 rounded-lg border border-border p-3">
              {clip.play ? (
                <ClipPlayer clip={{ ...clip, ...clip.play }} />
              ) : (
                <Alert
                  variant="warning"
                  title={`${clip.title} · ${formatMoment(clip.startSeconds)}–${formatMoment(clip.endSeconds)}`}
                >
                  {clip.note ?? "This video is still being prepared."}
                </Alert>
              )}
              {clip.annotation ? <p className="text-sm">{clip.annotation}</p> : null}
              {clip.mayRemove ? (
                <Button
                  size="sm"
                  variant="ghost"
                  className="self-start"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ clipShareId: clip.id })}
                >
                  Remove “{clip.title}”
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <ClipAdder submissionId={submissionId} requirementKey={requirementKey} onAdded={refresh} />
      ) : null}
    </div>
  );
}

/** Chooses one of the teacher's clips as evidence for the requirement. */
function ClipAdder({
  submissionId,
  requirementKey,
  onAdded,
}: {
  submissionId: string;
  requirementKey: string;
  onAdded: () => Promise<void>;
}) {
  const myClips = useQuery(trpc.video.myClips.queryOptions());
  const [clipId, setClipId] = useState("");
  const add = useMutation(
    trpc.video.clipToSubmission.mutationOptions({
      onSuccess: async () => {
        setClipId("");
        await onAdded();
      },
    }),
  );
  const choices = myClips.data ?? [];
  if (choices.length === 0) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ submissionId, requirementKey, clipId });
      }}
    >
      <SelectField
        label="Add a clip of your classroom video"
        value={clipId}
        onChange={(event) => setClipId(event.target.value)}
        error={fieldError(add.error, "clipId", { orGeneral: true })}
      >
        <option value="">Choose a clip</option>
        {choices.map((clip) => (
          <option key={clip.id} value={clip.id}>
            {clip.title} ({clip.videoTitle}, {formatMoment(clip.startSeconds)}–
            {formatMoment(clip.endSeconds)})
          </option>
        ))}
      </SelectField>
      <Button type="submit" size="sm" variant="secondary" disabled={add.isPending}>
        Add clip
      </Button>
    </form>
  );
}

/** How many clips are evidence for the requirement (the same query the list reads). */
export function useSubmissionClipCount(submissionId: string, requirementKey: string): number {
  const query = useQuery(trpc.video.submissionClips.queryOptions({ submissionId }));
  return (query.data ?? []).filter((clip) => clip.requirementKey === requirementKey).length;
}
