import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { buttonClasses } from "@throughline/ui/button";
import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { Plus, UsersRound } from "lucide-react";
import { Link } from "react-router";
import { releaseLabel } from "./release-label.ts";
import type { CohortRow } from "./types.ts";

/** Every cohort of the viewer's schools (a district admin's: all of them). */
export function CohortsPage() {
  const cohorts = useQuery(trpc.cohortAdmin.list.queryOptions());
  const newCohort = (
    <Link to="/cohorts/new" className={buttonClasses()}>
      <Plus aria-hidden="true" />
      New cohort
    </Link>
  );
  const header = (
    <PageHeader
      title="Cohorts"
      description="Teachers going through a stage together, with their coach, pace and workshop."
      aside={newCohort}
    />
  );
  if (!cohorts.isSuccess) {
    return (
      <>
        {header}
        <QueryState
          query={cohorts}
          loading="Loading the cohorts…"
          errorTitle="We could not load the cohorts"
        />
      </>
    );
  }
  return (
    <>
      {header}
      {cohorts.data.length === 0 ? (
        <EmptyState title="No cohorts yet" icon={UsersRound}>
          <p>Create a cohort for a stage, then enrol its teachers by team, school or name.</p>
        </EmptyState>
      ) : (
        <CohortsTable cohorts={cohorts.data} />
      )}
    </>
  );
}

function CohortsTable({ cohorts }: { cohorts: readonly CohortRow[] }) {
  return (
    <DataTable
      scrollLabel="Cohorts"
      rows={cohorts}
      columns={[
        {
          header: "Name",
          cell: (cohort) => (
            <Link to={`/cohorts/${cohort.id}`} className="font-medium text-primary underline">
              {cohort.name}
            </Link>
          ),
        },
        { header: "School", cell: (cohort) => cohort.school.name },
        {
          header: "Stage",
          cell: (cohort) => `Stage ${cohort.stage.position}: ${cohort.stage.title}`,
        },
        { header: "Year", className: "whitespace-nowrap", cell: (cohort) => cohort.schoolYear },
        { header: "Coach", cell: (cohort) => cohort.coach?.displayName ?? "No coach yet" },
        { header: "Enrolled", numeric: true, cell: (cohort) => cohort.enrolledCount },
        { header: "Release", cell: (cohort) => releaseLabel(cohort.releaseMode) },
      ]}
    />
  );
}
