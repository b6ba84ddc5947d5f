import { useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";

/** After a save: every collaboration answer (free time, blocks, schedules) is read again. */
export function useRefreshCollaboration() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.collaboration.pathFilter());
}
