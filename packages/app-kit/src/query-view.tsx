import type { ReactNode } from "react";
import { type QueryLike, QueryState, type QueryStateProps } from "./query-state.tsx";

/** A TanStack Query result as this reads it: the data once it came, the states until then. */
type QueryWithData<T> =
  | (QueryLike & { isSuccess: true; data: T })
  | (QueryLike & { isSuccess: false });

/**
 * A query's data drawn by `children` once it came, and until then its loading or failed state
 * (`QueryState`): the guard every section that reads one query writes, in one place.
 *
 * ```tsx
 * <QueryView query={log} loading="Loading the log…" headingLevel={3}>
 *   {(entries) => <EntryList entries={entries} />}
 * </QueryView>
 * ```
 */
export function QueryView<T>({
  query,
  children,
  ...state
}: Omit<QueryStateProps, "query" | "empty"> & {
  query: QueryWithData<T>;
  children: (data: T) => ReactNode;
}) {
  if (!query.isSuccess) return <QueryState query={query} {...state} />;
  return children(query.data);
}
