import { type ReactNode, useDeferredValue } from "react";
import { type QueryLike, QueryState, type QueryStateProps } from "./query-state.tsx";

/**
 * `QueryView` for a page whose answer is large (a caseload, a teacher's home): the answer is
 * drawn in a background render that yields to the browser every few milliseconds
 * (`useDeferredValue`), so a slow phone's main thread is not held for the whole page at once. The
 * loading state stays until that render is done, and while `waitFor` is true (another query
 * the page leads with, so drawn later it would push the whole page down).
 */
export function DeferredQueryView<T>({
  query,
  waitFor = false,
  children,
  ...state
}: Omit<QueryStateProps, "query" | "empty" | "drawing"> & {
  query: QueryLike & { isSuccess: boolean; data: T | undefined };
  waitFor?: boolean;
  children: (data: T) => ReactNode;
}) {
  const data = useDeferredValue(query.data);
  if (data === undefined || waitFor) {
    return <QueryState query={query} drawing={query.isSuccess} {...state} />;
  }
  return children(data);
}
