import { hashKey, QueryCache, QueryClient, type QueryKey } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import { isClientError, isUnauthorizedError } from "./app-gate.tsx";
import { loadAuthClient } from "./load-auth-client.ts";

/** How a password change ended: done, or refused with the message for one field (or none). */
export type ChangePasswordOutcome =
  | { ok: true }
  | { ok: false; field: "currentPassword" | "newPassword" | null; message: string };

/**
 * What each app needs to talk to the server: a query cache, typed tRPC query options, and
 * sign-in / sign-out through Better Auth on the same origin. The router type comes from the
 * app (`import type { AppRouter } from "@throughline/api/types"`), so nothing of the server
 * reaches a browser bundle. `viewerQueryKey` names the "who is signed in" query the app's gate
 * reads: when any other query finds the session gone, that one is asked again.
 */
export function createAppClient<TRouter extends AnyTRPCRouter>(
  viewerQueryKey: (trpc: TRPCOptionsProxy<TRouter>) => QueryKey,
) {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        const viewerKey = viewerQueryKey(trpc);
        if (isUnauthorizedError(error) && query.queryHash !== hashKey(viewerKey)) {
          void queryClient.invalidateQueries({ queryKey: viewerKey });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A refusal (401, 403, 404, 400) will not change by asking again.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
    },
  });

  // Built for any router: whether a router needs a transformer is not knowable from a generic
  // type, and every router of ours uses superjson.
  const link = httpBatchLink<AnyTRPCRouter>({
    url: "/trpc",
    transformer: superjson,
    fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
  });
  const trpcClient = createTRPCClient<TRouter>({ links: [link] });

  /** Typed query options for every procedure, e.g. `useQuery(trpc.viewer.me.queryOptions())`. */
  const trpc: TRPCOptionsProxy<TRouter> = createTRPCOptionsProxy<TRouter>({
    client: trpcClient,
    queryClient,
  });

  /** Signs in; resolves to a message to show, or null once the app knows who is signed in. */
  async function signIn(email: string, password: string): Promise<string | null> {
    const authClient = await loadAuthClient();
    const { error } = await authClient.signIn.email({ email, password });
    if (error) {
      // A district on single sign-on that turned passwords off says so, with its provider.
      if (error.code === "PASSWORD_SIGN_IN_OFF" && error.message) return error.message;
      if (error.status === 401) return "Incorrect email or password. Check them and try again.";
      // The server's own throttle names the wait ("try again in 12 minutes"); say that.
      if (error.status === 429) {
        return error.message?.startsWith("Too many attempts;")
          ? error.message
          : "Too many attempts. Wait a minute, then try again.";
      }
      return error.message || "We could not sign you in. Please try again.";
    }
    await queryClient.invalidateQueries();
    return null;
  }

  /** Ends the session and forgets every answer the server gave, so nothing stays on screen. */
  async function signOut(): Promise<void> {
    try {
      await (await loadAuthClient()).signOut();
    } finally {
      await queryClient.resetQueries();
    }
  }

  /**
   * Changes the signed-in person's password; with `signOutOtherDevices` every other session
   * ends too (this one gets a fresh cookie). Resolves to the refusal, if any, and the field it
   * belongs to.
   */
  async function changePassword(input: {
    currentPassword: string;
    newPassword: string;
    signOutOtherDevices: boolean;
  }): Promise<ChangePasswordOutcome> {
    const authClient = await loadAuthClient();
    const { error } = await authClient.changePassword({
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
      revokeOtherSessions: input.signOutOtherDevices,
    });
    if (!error) {
      await queryClient.invalidateQueries();
      return { ok: true };
    }
    if (error.code === "INVALID_PASSWORD") {
      return {
        ok: false,
        field: "currentPassword",
        message: "That is not your current password",
      };
    }
    if (error.code === "PASSWORD_TOO_SHORT" || error.code === "PASSWORD_TOO_LONG") {
      return {
        ok: false,
        field: "newPassword",
        message: error.message ?? "Choose another password",
      };
    }
    return {
      ok: false,
      field: null,
      message: error.message || "We could not change your password. Please try again.",
    };
  }

  return { queryClient, trpc, signIn, signOut, changePassword };
}
