import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";

/** District admins author the framework; principals read it, and the server refuses their edits. */
export function useCanEditFramework(): boolean {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  return viewer.data?.roles.some((entry) => entry.role === "district_admin") ?? false;
}
