import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { roleSchema } from "@throughline/domain/enums";
import { Button, buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { Plus, UsersRound } from "lucide-react";
import { Link, useSearchParams } from "react-router";
import { PeopleFilters, type PeopleFilterValues } from "./people-filters.tsx";
import { PeopleTable } from "./people-table.tsx";
import { PeopleTabs } from "./people-tabs.tsx";

/** The filters live in the address, so a search can be bookmarked and Back restores it. */
function filtersFrom(params: URLSearchParams): PeopleFilterValues & { page: number } {
  const role = roleSchema.safeParse(params.get("role"));
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    query: params.get("q") ?? "",
    schoolId: params.get("school") ?? "",
    role: role.success ? role.data : "",
    includeInactive: params.get("inactive") === "1",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function paramsFrom(values: PeopleFilterValues, page: number): URLSearchParams {
  const params = new URLSearchParams();
  if (values.query) params.set("q", values.query);
  if (values.schoolId) params.set("school", values.schoolId);
  if (values.role) params.set("role", values.role);
  if (values.includeInactive) params.set("inactive", "1");
  if (page > 1) params.set("page", String(page));
  return params;
}

/** Everyone the viewer manages: search, filter, and open a person to edit them. */
export function PeoplePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const options = useQuery(trpc.peopleAdmin.options.queryOptions());
  const results = useQuery({
    ...trpc.peopleAdmin.search.queryOptions({
      query: filters.query,
      schoolId: filters.schoolId || null,
      role: filters.role || null,
      includeInactive: filters.includeInactive,
      page: filters.page,
    }),
    placeholderData: keepPreviousData,
  });
  const header = (
    <PageHeader
      title="People"
      description="Everyone in your schools, their roles and teams, and whether they can sign in."
      aside={
        <Link to="/people/new" className={buttonClasses()}>
          <Plus aria-hidden="true" />
          Add person
        </Link>
      }
    />
  );
  if (!options.isSuccess) {
    return (
      <>
        {header}
        <QueryState
          query={options}
          loading="Loading people…"
          errorTitle="We could not load your schools"
        />
      </>
    );
  }
  const change = (values: PeopleFilterValues, page = 1) =>
    setSearchParams(paramsFrom(values, page));
  return (
    <>
      {header}
      <PeopleTabs />
      <PeopleFilters
        values={filters}
        options={options.data}
        onChange={(values) => change(values)}
      />
      {results.isPending ? (
        <Loading label="Searching…" />
      ) : results.isError ? (
        <ErrorState
          message="We could not search people."
          onRetry={() => void results.refetch()}
          retrying={results.isFetching}
        />
      ) : results.data.total === 0 ? (
        <EmptyState title="Nobody matches" icon={UsersRound}>
          <p>Try part of a name or email, another school or role, or include inactive people.</p>
        </EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-muted-foreground" aria-live="polite">
            {results.data.total === 1 ? "1 person" : `${results.data.total} people`}
            {results.data.total > results.data.pageSize
              ? `, page ${results.data.page} of ${Math.ceil(results.data.total / results.data.pageSize)}`
              : ""}
          </p>
          <PeopleTable people={results.data.people} />
          {results.data.total > results.data.pageSize ? (
            <nav aria-label="Pages" className="mt-4 flex gap-2">
              <Button
                variant="secondary"
                disabled={filters.page <= 1}
                onClick={() => change(filters, filters.page - 1)}
              >
                Previous page
              </Button>
              <Button
                variant="secondary"
                disabled={filters.page * results.data.pageSize >= results.data.total}
                onClick={() => change(filters, filters.page + 1)}
              >
                Next page
              </Button>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
