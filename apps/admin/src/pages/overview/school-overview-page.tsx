import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { BackLink } from "@throughline/ui/back-link";
import { PageHeader } from "@throughline/ui/page-header";
import { useParams } from "react-router";
import { OverviewSections } from "./overview-sections.tsx";

/**
 * One school's overview, as its principal sees it: its flagged teachers named team by team, its
 * week, walkthroughs and reviews. Where a district admin's overview (which ranks the schools by
 * their counts) leads to each school's names.
 */
export function SchoolOverviewPage() {
  const { schoolId = "" } = useParams();
  const overview = useQuery(trpc.admin.schoolOverview.queryOptions({ schoolId }));
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  const district = viewer.data?.administers.district ?? false;
  const name = overview.data?.figures[0]?.name;
  const back = district ? (
    <BackLink to="/overview/schools">All schools by flagged teachers</BackLink>
  ) : (
    <BackLink to="/">Overview</BackLink>
  );
  if (!overview.isSuccess) {
    return (
      <>
        {back}
        <PageHeader title="School overview" />
        <QueryState query={overview} loading="Loading the school's overview…" headingLevel={2} />
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader
        title={name ?? "School overview"}
        description="What needs attention at this school, who carries each flag, and its week."
      />
      <div className="flex flex-col gap-6">
        <OverviewSections
          overview={overview.data}
          canRecord={Array.isArray(viewer.data?.administers.schools)}
        />
      </div>
    </>
  );
}
