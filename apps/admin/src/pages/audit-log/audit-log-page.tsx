import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { AuditEntry } from "@throughline/domain/audit";
import { Button } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { History } from "lucide-react";
import { useSearchParams } from "react-router";
import { AuditCards } from "./audit-cards.tsx";
import { AuditCsvButton } from "./audit-csv-button.tsx";
import {
  type AuditFilterValues,
  filterFrom,
  paramsFrom,
  valuesFrom,
} from "./audit-filter-params.ts";
import { AuditFilters } from "./audit-filters.tsx";
import { AuditTable } from "./audit-table.tsx";

/**
 * Who changed what and when, newest first: district admins see the whole district, principals
 * the changes that belong to the schools they lead. Entries cannot be edited or removed.
 */
export function AuditLogPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { page, ...values } = valuesFrom(searchParams);
  const parsed = filterFrom(values);
  const filter = parsed.ok ? parsed.filter : null;
  const actors = useQuery(trpc.auditLog.actors.queryOptions());
  const results = useQuery({
    ...trpc.auditLog.list.queryOptions({ filter: filter ?? {}, page }),
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
  const change = (next: AuditFilterValues, nextPage = 1) =>
    setSearchParams(paramsFrom(next, nextPage));
  const showRecord = (entry: AuditEntry) =>
    change({ ...values, subjectKind: entry.subjectKind, subjectId: entry.subjectId ?? "" });

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to people, roles, the framework, cohorts, imports and settings: who made it, when, and what it was before and after. Entries are kept and cannot be edited."
        aside={<AuditCsvButton filter={filter} />}
      />
      <AuditFilters
        values={values}
        actors={actors.data ?? []}
        problems={parsed.ok ? {} : parsed.problems}
        onChange={(next) => change(next)}
      />
      {!filter ? null : results.isPending ? (
        <Loading label="Loading the audit log…" />
      ) : results.isError ? (
        <ErrorState
          message="We could not load the audit log."
          onRetry={() => void results.refetch()}
          retrying={results.isFetching}
        />
      ) : results.data.total === 0 ? (
        <EmptyState title="No changes match" icon={History}>
          <p>Try another person, kind of change or range of days, or clear the filters.</p>
        </EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-muted-foreground" aria-live="polite">
            {results.data.total === 1 ? "1 change" : `${results.data.total} changes`}
            {results.data.total > results.data.pageSize
              ? `, page ${results.data.page} of ${Math.ceil(results.data.total / results.data.pageSize)}`
              : ""}
            , newest first
          </p>
          <div className="hidden md:block">
            <AuditTable entries={results.data.entries} onShowRecord={showRecord} />
          </div>
          <div className="md:hidden">
            <AuditCards entries={results.data.entries} onShowRecord={showRecord} />
          </div>
          {results.data.total > results.data.pageSize ? (
            <nav aria-label="Pages" className="mt-4 flex gap-2">
              <Button
                variant="secondary"
                disabled={page <= 1}
                onClick={() => change(values, page - 1)}
              >
                Newer
              </Button>
              <Button
                variant="secondary"
                disabled={page * results.data.pageSize >= results.data.total}
                onClick={() => change(values, page + 1)}
              >
                Older
              </Button>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
