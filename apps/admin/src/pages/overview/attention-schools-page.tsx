import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { BackLink } from "@throughline/ui/back-link";
import { Button } from "@throughline/ui/button";
import { Card, CardContent } from "@throughline/ui/card";
import { PageHeader } from "@throughline/ui/page-header";
import { useSearchParams } from "react-router";
import { CountedAt, RankedSchoolItem } from "./ranked-schools.tsx";

function pageFrom(params: URLSearchParams): number {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/**
 * Every school of the district in the overview's order (most flagged teachers first), a page at
 * a time; each leads to the school's overview with its teachers' names.
 */
export function AttentionSchoolsPage() {
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const schools = useQuery({
    ...trpc.admin.attentionSchools.queryOptions({ page }),
    placeholderData: keepPreviousData,
  });
  const header = (
    <>
      <BackLink to="/">Overview</BackLink>
      <PageHeader
        title="Schools by flagged teachers"
        description="Each school's teachers carrying a flag from their coach's caseload, most first. Open a school for who they are and its week."
      />
    </>
  );
  if (!schools.isSuccess) {
    return (
      <>
        {header}
        <QueryState query={schools} loading="Loading the schools…" headingLevel={2} />
      </>
    );
  }
  const { total, pageSize } = schools.data;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const go = (next: number) => setParams(next > 1 ? { page: String(next) } : {});
  return (
    <>
      {header}
      <p className="mb-3 text-sm text-muted-foreground" aria-live="polite">
        {total === 1 ? "1 school" : `${total} schools`}
        {pages > 1 ? `, page ${page} of ${pages}` : ""}
      </p>
      {schools.data.asOf ? (
        <div className="mb-3">
          <CountedAt asOf={schools.data.asOf} />
        </div>
      ) : null}
      <Card>
        <CardContent className="p-0">
          <ol
            aria-label="Schools by flagged teachers"
            className="flex flex-col divide-y divide-border"
          >
            {schools.data.schools.map((school) => (
              <RankedSchoolItem key={school.schoolId} school={school} />
            ))}
          </ol>
        </CardContent>
      </Card>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-2">
          <Button variant="secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
            Previous page
          </Button>
          <Button variant="secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
            Next page
          </Button>
        </nav>
      ) : null}
    </>
  );
}
