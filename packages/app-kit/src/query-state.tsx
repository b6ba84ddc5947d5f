import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import type { ReactNode } from "react";

/** The parts of a query result this reads; a TanStack Query result fits as is. */
export interface QueryLike {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: { message: string } | null;
  refetch: () => unknown;
}

export interface QueryStateProps {
  query: QueryLike;
  /**
   * What is asked for, e.g. "your team's goals": says "Loading your team's goals…" while it
   * comes and "Your team's goals could not be loaded" when it failed, unless `loading` or
   * `errorTitle` say otherwise.
   */
  about?: string;
  /** Read out while the answer is on its way, e.g. "Loading your notifications…". */
  loading?: string;
  /** "page" (default) a skeleton of the page, "inline" a small spinner. */
  loadingVariant?: "page" | "inline";
  /** The heading when it failed, e.g. "Your notifications could not be loaded". */
  errorTitle?: string;
  /** 1 when the state is the whole page, 2 (default) when it sits under the page heading. */
  headingLevel?: 1 | 2 | 3;
  /**
   * "card" for a query inside a card under its own heading: a small spinner and an h3, unless
   * `loadingVariant` or `headingLevel` say otherwise.
   */
  placement?: "card";
  /** What to show once the answer came and holds nothing (say why, and what to do). */
  empty?: ReactNode;
  /**
   * The answer came and the page is drawing it in the background (`useDeferredValue`): the
   * loading state stays until the page is ready.
   */
  drawing?: boolean;
}

/**
 * A query's waiting, failed or empty state, the same on every page: a designed loading state,
 * the server's message with "Try again", or the page's own empty state. Used as a guard, so the
 * page below it reads the data:
 *
 * ```tsx
 * if (!detail.isSuccess) return <QueryState query={detail} loading="Loading…" />;
 * ```
 */
export function QueryState({
  query,
  about,
  loading = about ? `Loading ${about}…` : "Loading…",
  loadingVariant,
  errorTitle = about
    ? `${about.charAt(0).toUpperCase()}${about.slice(1)} could not be loaded`
    : undefined,
  headingLevel,
  placement,
  empty = null,
  drawing = false,
}: QueryStateProps) {
  const inCard = placement === "card";
  if (query.isPending || drawing) {
    return <Loading label={loading} variant={loadingVariant ?? (inCard ? "inline" : undefined)} />;
  }
  if (query.isError) {
    return (
      <ErrorState
        headingLevel={headingLevel ?? (inCard ? 3 : undefined)}
        title={errorTitle}
        message={query.error?.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return empty;
}
