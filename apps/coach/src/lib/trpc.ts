import { hashKey, QueryCache, QueryClient } from "@tanstack/react-query";
import type { AppRouter } from "@throughline/api/types";
import { isClientError, isUnauthorizedError } from "@throughline/ui/app-gate";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ends while a page is open: ask again who is signed in, which shows the
    // sign-in page (the `viewer.me` query itself is what the app's gate reads).
    onError(error, query) {
      if (isUnauthorizedError(error) && query.queryHash !== hashKey(trpc.viewer.me.queryKey())) {
        void queryClient.invalidateQueries(trpc.viewer.me.queryFilter());
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
    },
  },
});

const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      transformer: superjson,
      fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
    }),
  ],
});

/** Typed query options for every procedure, e.g. `useQuery(trpc.viewer.me.queryOptions())`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
