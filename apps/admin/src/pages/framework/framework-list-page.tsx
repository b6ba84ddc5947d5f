import type { UseQueryResult } from "@tanstack/react-query";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ReadOnlyNotice } from "./read-only-notice.tsx";

/**
 * The frame of a framework list page (indicators, protocols): the way back, the heading, the
 * loading and error states, and the read-only notice for principals; the page fills the rest.
 */
export function FrameworkListPage<T, E>({
  title,
  description,
  noun,
  query,
  canEdit,
  children,
}: {
  title: string;
  description: string;
  /** What the page lists, for "Loading the …" and "We could not load the …". */
  noun: string;
  query: UseQueryResult<T, E>;
  canEdit: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading label={`Loading the ${noun}…`} />;
  const header = (
    <>
      <div className="mb-4">
        <Link to="/framework" className="text-sm font-medium text-primary underline">
          Back to the framework
        </Link>
      </div>
      <PageHeader title={title} description={description} />
    </>
  );
  if (query.isError) {
    return (
      <>
        {header}
        <ErrorState
          message={`We could not load the ${noun}.`}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </>
    );
  }
  return (
    <>
      {header}
      {canEdit ? null : <ReadOnlyNotice />}
      {children(query.data)}
    </>
  );
}
