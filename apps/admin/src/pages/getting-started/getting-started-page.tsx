import { QueryState } from "@throughline/app-kit/query-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { DistrictAdminsOnly, useDistrictAdmin } from "../../lib/district-admin.tsx";
import { Checklist } from "./checklist.tsx";
import { useGettingStarted } from "./use-getting-started.ts";

/** A district admin's first steps, ticked by what the district has really set up. */
export function GettingStartedPage() {
  const districtAdmin = useDistrictAdmin();
  const checklist = useGettingStarted(districtAdmin === true);

  const header = (
    <PageHeader
      title="Getting started"
      description="What a district sets up before its teachers start. Each step ticks itself once it is done."
      aside={
        checklist.data ? (
          <p className="text-sm font-medium text-foreground">
            {checklist.data.doneCount} of {checklist.data.total} done
          </p>
        ) : null
      }
    />
  );
  if (districtAdmin === undefined) return <Loading label="Loading…" />;
  if (!districtAdmin) {
    return (
      <DistrictAdminsOnly header={header}>
        Your district's administrators set these up.
      </DistrictAdminsOnly>
    );
  }
  if (!checklist.isSuccess) {
    return (
      <>
        {header}
        <QueryState
          query={checklist}
          loading="Loading the checklist…"
          errorTitle="We could not load the checklist"
        />
      </>
    );
  }
  return (
    <>
      {header}
      <Checklist checklist={checklist.data} />
    </>
  );
}
