import { type QueryKey, type UseQueryOptions, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { QueryStateProps } from "./query-state.tsx";
import { QueryView } from "./query-view.tsx";

/**
 * A page that is one query: it asks for it, and until the answer came the whole page is its
 * loading or failed state (a failure under the page's h1), then `children` draw the answer.
 * A page that also reads the query's own state (`isFetching`, a poll) uses `QueryView`.
 *
 * ```tsx
 * <QueryPage
 *   options={trpc.credentials.myBadges.queryOptions()}
 *   loading="Loading your badges…"
 *   errorTitle="Your badges could not be loaded"
 * >
 *   {(data) => <BadgeList data={data} />}
 * </QueryPage>
 * ```
 */
export function QueryPage<
  TQueryFnData,
  TError extends { message: string },
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
>({
  options,
  children,
  ...state
}: Omit<QueryStateProps, "query" | "empty" | "headingLevel"> & {
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>;
  children: (data: TData) => ReactNode;
}) {
  const query = useQuery(options);
  return (
    <QueryView query={query} headingLevel={1} {...state}>
      {children}
    </QueryView>
  );
}
