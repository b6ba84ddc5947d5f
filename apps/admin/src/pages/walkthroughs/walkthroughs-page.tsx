import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { fieldError } from "@throughline/ui/field-error";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { ClipboardPen, School } from "lucide-react";
import { Link } from "react-router";
import { PeriodFilter } from "./period-filter.tsx";
import { SchoolWalkthroughs } from "./school-walkthroughs.tsx";
import { usePeriod } from "./use-period.ts";

/** The principal's school view of walkthroughs; district admins pick the school. */
export function WalkthroughsPage() {
  const home = useQuery(trpc.admin.home.queryOptions());
  const { period, setPeriod } = usePeriod(home.data?.schools[0]?.id);
  const heatmap = useQuery({
    ...trpc.walkthroughs.heatmap.queryOptions(period),
    enabled: period.schoolId !== "",
  });

  if (!home.isSuccess) {
    return (
      <QueryState
        query={home}
        loading="Loading your schools…"
        errorTitle="Your schools could not be loaded"
        headingLevel={1}
      />
    );
  }
  const schools = home.data.schools;
  const schoolName = schools.find((school) => school.id === period.schoolId)?.name;
  const named = (path: string) => fieldError(heatmap.error, path);

  return (
    <>
      <PageHeader
        title="Walkthroughs"
        description={`Published walkthroughs${schoolName ? ` at ${schoolName}` : ""}: the levels seen by indicator and team, and how often each teacher was visited. Coaching observations are never included.`}
        aside={
          <Link to="/observations/new" className={buttonClasses({ size: "lg" })}>
            <ClipboardPen aria-hidden="true" />
            Record a walkthrough
          </Link>
        }
      />
      {schools.length === 0 ? (
        <EmptyState title="No schools yet" icon={School}>
          <p>Walkthroughs of the schools you lead appear here once your district sets them up.</p>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <TitledCard
            title="School and period"
            description="The last 90 days unless you choose other dates."
          >
            <PeriodFilter
              value={period}
              schools={schools}
              onChange={setPeriod}
              errors={{ from: named("from"), to: named("to") }}
            />
          </TitledCard>
          <SchoolWalkthroughs
            key={`${period.schoolId}|${period.from}|${period.to}`}
            period={period}
          />
        </div>
      )}
    </>
  );
}
