import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";

/** The checklist, read afresh whenever it is shown: it reflects work done on other pages. */
export function useGettingStarted(enabled: boolean) {
  return useQuery({ ...trpc.gettingStarted.get.queryOptions(), enabled, staleTime: 0 });
}
