import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";

/** How often the room asks the server what changed, so two screens stay in step. */
const pollMs = 4000;

export function useRoom(meetingId: string) {
  return useQuery({
    ...trpc.meetingRoom.open.queryOptions({ meetingId }),
    refetchInterval: pollMs,
  });
}

/** Reloads the room after a change, so every panel shows what the server stored. */
export function useRefreshRoom(meetingId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: trpc.meetingRoom.open.queryKey({ meetingId }) });
}

export function useStartMeeting(meetingId: string) {
  const refresh = useRefreshRoom(meetingId);
  return useMutation(trpc.meetingRoom.start.mutationOptions({ onSuccess: refresh }));
}
