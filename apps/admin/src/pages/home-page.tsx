import { useQuery } from "@tanstack/react-query";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { School } from "lucide-react";
import { trpc } from "../lib/trpc.ts";
import { GettingStartedSummary } from "./getting-started/getting-started-summary.tsx";
import { useGettingStarted } from "./getting-started/use-getting-started.ts";
import { SchoolsTable } from "./schools-table.tsx";

export function HomePage() {
  const home = useQuery(trpc.admin.home.queryOptions());
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  const districtAdmin = viewer.data?.roles.some((entry) => entry.role === "district_admin");
  const checklist = useGettingStarted(districtAdmin === true);

  if (home.isPending) return <Loading label="Loading your schools…" />;
  if (home.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="Your schools could not be loaded"
        message={home.error.message}
        onRetry={() => {
          void home.refetch();
        }}
        retrying={home.isFetching}
      />
    );
  }

  const { scope, schools, stages } = home.data;
  const districtName = viewer.data?.district.name;
  const description =
    scope === "district"
      ? `Every school in ${districtName ?? "your district"}, with its teachers in each stage.`
      : schools.length === 1
        ? "Your school, with its teachers in each stage."
        : "Your schools, with their teachers in each stage.";
  const teachers = schools.reduce((total, school) => total + school.teacherCount, 0);

  return (
    <>
      <PageHeader title="Schools" description={description} />
      {/* A new district admin's first page leads with what is left to set up. */}
      {checklist.data && checklist.data.doneCount < checklist.data.total ? (
        <GettingStartedSummary checklist={checklist.data} />
      ) : null}
      {schools.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Teachers by stage</CardTitle>
            <CardDescription>
              {schools.length === 1 ? "1 school" : `${schools.length} schools`} ·{" "}
              {teachers === 1 ? "1 teacher" : `${teachers} teachers`}
            </CardDescription>
          </CardHeader>
          <CardContent className="px-0">
            <SchoolsTable schools={schools} stages={stages} />
          </CardContent>
        </Card>
      ) : (
        <EmptyState title="No schools yet" icon={School}>
          <p>
            {scope === "district"
              ? "Add your schools by hand or with a roster import; they appear here with their teachers."
              : "Schools you lead appear here once your district sets them up."}
          </p>
        </EmptyState>
      )}
    </>
  );
}
