import type { AppRouter } from "@throughline/api/types";
import { createAppClient } from "@throughline/ui/app-client";

/** This app's connection to the server; shared plumbing lives in @throughline/ui/app-client. */
export const { queryClient, trpc, signIn, signOut, changePassword } = createAppClient<AppRouter>(
  (api) => api.viewer.me.queryKey(),
);
