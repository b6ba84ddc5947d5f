import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { SelectField } from "@throughline/ui/select-field";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import { trpc } from "../client.ts";
import { formatMoment } from "./moment.tsx";
import type { VideoReview } from "./video-types.ts";

type Clip = VideoReview["clips"][number];

const meetingDay = new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
});

/**
 * The meetings a clip is in (each can be taken back), and a form to bring it to another meeting
 * of a team the viewer takes part in, where the team watches it together.
 */
export function ClipMeetingChoice({ review, clip }: { review: VideoReview; clip: Clip }) {
  const queryClient = useQueryClient();
  const [meetingId, setMeetingId] = useState("");
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.video.get.queryKey({ videoId: review.video.id }),
    });
  const bring = useMutation(
    trpc.video.bringClipToMeeting.mutationOptions({
      onSuccess: async () => {
        setMeetingId("");
        await refresh();
      },
    }),
  );
  const takeBack = useMutation(trpc.video.revokeClipShare.mutationOptions({ onSuccess: refresh }));
  const inMeetings = new Set(clip.meetings.map((row) => row.meetingId));
  const choices = review.meetingChoices.filter((meeting) => !inMeetings.has(meeting.id));
  return (
    <div className="flex flex-col gap-2">
      {clip.meetings.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label={`Meetings “${clip.title}” is in`}>
          {clip.meetings.map((row) => (
            <li key={row.clipShareId} className="flex flex-wrap items-center gap-2">
              <span>
                In the meeting: {row.meetingTitle}, {meetingDay.format(row.startsAt)}
              </span>
              <Button
                size="sm"
                variant="ghost"
                disabled={takeBack.isPending}
                onClick={() => takeBack.mutate({ clipShareId: row.clipShareId })}
              >
                Take back
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {choices.length > 0 ? (
        <form
          className="flex flex-wrap items-end gap-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            bring.mutate({ clipId: clip.id, meetingId });
          }}
        >
          <SelectField
            label={`Bring “${clip.title}” to a meeting`}
            value={meetingId}
            onChange={(event) => setMeetingId(event.target.value)}
            error={fieldError(bring.error, "meetingId", { orGeneral: true })}
          >
            <option value="">Choose a meeting</option>
            {choices.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.title} ({meeting.teamName}), {meetingDay.format(meeting.startsAt)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" size="sm" variant="secondary" disabled={bring.isPending}>
            Bring to meeting
          </Button>
        </form>
      ) : null}
    </div>
  );
}

/** For the coach or colleague a video is shared with: its clips, to bring to a team meeting. */
export function SharedClipsPanel({ review }: { review: VideoReview }) {
  if (review.clips.length === 0 || review.meetingChoices.length === 0) return null;
  return (
    <TitledCard
      title="Clips"
      level={2}
      description="Bring a clip the teacher picked out to a meeting of your team."
    >
      <ul className="flex flex-col gap-3" aria-label="Clips">
        {review.clips.map((clip) => (
          <li key={clip.id} className="flex flex-col gap-2 rounded-lg border border-border p-3">
            <span className="font-medium text-sm">
              {clip.title} · {formatMoment(clip.startSeconds)}–{formatMoment(clip.endSeconds)}
            </span>
            <ClipMeetingChoice review={review} clip={clip} />
          </li>
        ))}
      </ul>
    </TitledCard>
  );
}
