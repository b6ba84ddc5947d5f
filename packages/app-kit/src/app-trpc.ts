import type { AppRouter } from "@throughline/api/types";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

/**
 * The apps' typed query options (what `createAppClient<AppRouter>` hands each app), for the few
 * shared pages that every app wires the same way. Types only: no server code reaches a bundle.
 */
export type AppTrpc = TRPCOptionsProxy<AppRouter>;
