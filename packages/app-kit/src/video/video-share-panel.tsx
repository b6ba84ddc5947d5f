import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { SelectField } from "@throughline/ui/select-field";
import { TitledCard } from "@throughline/ui/titled-card";
import { type FormEvent, useState } from "react";
import { trpc } from "../client.ts";
import type { VideoReview } from "./video-types.ts";

const roleWords: Record<string, string> = { coach: "coach", principal: "principal" };

/**
 * The teacher shares the video with a person (their coach, a principal, a colleague) or a team,
 * confirming the district's student-consent rule each time, and revokes a share at any time.
 */
export function VideoSharePanel({ review }: { review: VideoReview }) {
  const queryClient = useQueryClient();
  const [target, setTarget] = useState("");
  const [consent, setConsent] = useState(false);
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.video.get.queryKey({ videoId: review.video.id }),
    });
  const share = useMutation(
    trpc.video.share.mutationOptions({
      onSuccess: async () => {
        setTarget("");
        setConsent(false);
        await refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.video.revokeShare.mutationOptions({ onSuccess: refresh }));
  const targets = review.shareTargets ?? { people: [], teams: [] };
  const open = (review.shares ?? []).filter((row) => row.revokedAt === null);
  // A clip brought to a meeting is seen by its participants without the video being shared.
  const clipsInMeetings = (review.clips ?? []).filter((clip) => clip.meetings.length > 0).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, id] = target.split(":");
    share.mutate({
      videoId: review.video.id,
      personId: kind === "person" ? id : null,
      teamId: kind === "team" ? id : null,
      consentConfirmed: consent as true,
    });
  };

  return (
    <TitledCard
      title="Sharing"
      level={2}
      description="Private to you until you share it. You can stop sharing at any time."
    >
      {open.length === 0 ? (
        <p className="text-sm">
          {clipsInMeetings === 0
            ? "Only you can see this video."
            : `Only you can see the whole video. ${clipsInMeetings === 1 ? "One clip is" : `${clipsInMeetings} clips are`} in a support meeting, for the people taking part (see Clips).`}
        </p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Shared with">
          {open.map((row) => (
            <li key={row.id} className="flex items-center justify-between gap-2 text-sm">
              <span>
                {row.name}
                {row.kind === "team" ? " (team)" : ""}
              </span>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => revoke.mutate({ shareId: row.id })}
              >
                Stop sharing with {row.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="mt-4 flex flex-col gap-3" noValidate>
        <FormAlert message={formError(share.error, ["personId", "teamId", "consentConfirmed"])} />
        <SelectField
          label="Share with"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          error={fieldError(share.error, "personId") ?? fieldError(share.error, "teamId")}
        >
          <option value="">Choose a person or team</option>
          <optgroup label="People">
            {targets.people.map((person) => {
              const role = person.roles.map((name) => roleWords[name]).find(Boolean);
              return (
                <option key={person.id} value={`person:${person.id}`}>
                  {person.name}
                  {role ? ` (${role})` : ""}
                </option>
              );
            })}
          </optgroup>
          <optgroup label="My teams">
            {targets.teams.map((team) => (
              <option key={team.id} value={`team:${team.id}`}>
                {team.name}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <CheckboxField
          label={review.consentRule}
          checked={consent}
          onChange={setConsent}
          error={fieldError(share.error, "consentConfirmed")}
        />
        <Button type="submit" className="self-start" disabled={share.isPending}>
          Share video
        </Button>
      </form>
    </TitledCard>
  );
}
