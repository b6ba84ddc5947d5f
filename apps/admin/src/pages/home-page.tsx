import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { useDeferredValue } from "react";
import { GettingStartedSummary } from "./getting-started/getting-started-summary.tsx";
import { useGettingStarted } from "./getting-started/use-getting-started.ts";
import { OverviewSections } from "./overview/overview-sections.tsx";
import { TeachersByStage } from "./overview/teachers-by-stage.tsx";

/**
 * The principal's and district's first screen: who needs attention, this week's meetings and
 * blocks, walkthrough coverage, the credential queue, the dashboard's headline figures, and the
 * teachers in each stage.
 */
export function HomePage() {
  const home = useQuery(trpc.admin.home.queryOptions());
  const overview = useQuery(trpc.admin.overview.queryOptions());
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  // What the viewer administers is the API's decision (`viewer.me`), never read from roles.
  const districtAdmin = viewer.data?.administers.district ?? false;
  // A principal's coverage lists teachers of the schools they lead: each links to a walkthrough.
  const leadsSchools = Array.isArray(viewer.data?.administers.schools);
  const checklist = useGettingStarted(districtAdmin);
  // The answers are drawn in a background render that yields to the browser every few
  // milliseconds, so a slow phone's main thread is not held for the whole overview at once.
  const homeData = useDeferredValue(home.data);
  const overviewData = useDeferredValue(overview.data);

  if (home.isError || overview.isError) {
    const failed = home.isError ? home : overview;
    return (
      <ErrorState
        headingLevel={1}
        title="Your overview could not be loaded"
        message={failed.error?.message ?? "Something went wrong."}
        onRetry={() => {
          void home.refetch();
          void overview.refetch();
        }}
        retrying={home.isFetching || overview.isFetching}
      />
    );
  }

  // A district admin's checklist leads the page: drawn after the rest, it would push the whole
  // overview down under the reader's eyes.
  const checklistPending = districtAdmin && checklist.isLoading;
  if (!homeData || !overviewData || checklistPending) {
    return <Loading label="Loading your overview…" />;
  }

  const data = overviewData;
  const schoolNames = homeData.schools.map((school) => school.name);
  const description =
    data.scope === "district"
      ? `What needs you today across ${viewer.data?.district.name ?? "your district"}.`
      : `What needs you today at ${schoolNames.join(" and ") || "your school"}.`;

  return (
    <>
      <PageHeader title="Overview" description={description} />
      <div className="flex flex-col gap-6">
        {/* A new district admin's first page leads with what is left to set up. */}
        {checklist.data && checklist.data.doneCount < checklist.data.total ? (
          <GettingStartedSummary checklist={checklist.data} />
        ) : null}
        <OverviewSections overview={data} canRecord={leadsSchools} />
        <TeachersByStage home={homeData} />
      </div>
    </>
  );
}
