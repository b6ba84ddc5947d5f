import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { TitledCard } from "@throughline/ui/titled-card";
import { trpc } from "../client.ts";
import { QueryView } from "../query-view.tsx";
import { ClipPlayer } from "./clip-player.tsx";

/**
 * The classroom-video clips brought to a support meeting, each in its own player, for the team
 * to watch together in the room (or afterwards in the summary). Each person sees only the clips
 * their standing to the video allows; whoever brought a clip, or its teacher, may take it back.
 */
export function MeetingClipsCard({
  meetingId,
  hideWhenEmpty = false,
}: {
  meetingId: string;
  hideWhenEmpty?: boolean;
}) {
  const queryClient = useQueryClient();
  // Looked at again now and then, so a clip brought during the meeting shows on every screen.
  const query = useQuery({
    ...trpc.video.meetingClips.queryOptions({ meetingId }),
    refetchInterval: 10_000,
  });
  const remove = useMutation(
    trpc.video.revokeClipShare.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.video.meetingClips.queryKey({ meetingId }),
        }),
    }),
  );
  if (hideWhenEmpty && query.data?.length === 0) return null;
  return (
    <TitledCard
      title="Video clips"
      level={2}
      description="Moments from classroom videos, brought to this meeting to watch together."
    >
      <QueryView query={query} about="the clips">
        {(clips) =>
          clips.length === 0 ? (
            <p className="text-muted-foreground text-sm">
              No clips yet. A teacher brings one from the Clips panel of their video.
            </p>
          ) : (
            <ul className="flex flex-col gap-6" aria-label="Video clips">
              {clips.map((clip) => (
                <li key={clip.id} className="flex flex-col gap-2">
                  <ClipPlayer clip={clip} />
                  <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span>
                      Brought by {clip.sharedByName}
                      {clip.agendaItemTitle ? ` for “${clip.agendaItemTitle}”` : ""}
                    </span>
                    {clip.mayRemove ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate({ clipShareId: clip.id })}
                      >
                        Take “{clip.title}” back
                      </Button>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </TitledCard>
  );
}
