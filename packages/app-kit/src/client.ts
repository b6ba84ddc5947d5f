import type { AppRouter } from "@throughline/api/types";
import { createAppClient } from "./app-client.ts";

/**
 * The apps' one connection to the server (every app talks to the same router): the query cache,
 * typed query options (`useQuery(trpc.viewer.me.queryOptions())`), and sign-in / sign-out
 * through Better Auth on the same origin. The router's type only: no server code reaches a bundle.
 */
export const { queryClient, trpc, signIn, signOut, changePassword } = createAppClient<AppRouter>(
  (api) => api.viewer.me.queryKey(),
);
