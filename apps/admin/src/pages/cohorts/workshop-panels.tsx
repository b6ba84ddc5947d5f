import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { AttendanceList } from "@throughline/app-kit/cohort-attendance-list";
import { ReviewList } from "@throughline/app-kit/cohort-review-list";
import { QueryState } from "@throughline/app-kit/query-state";

/**
 * Recording the workshop's attendance and confirming stages, as on the coach's cohort page:
 * a principal or district admin does it here without a coach account.
 */
export function WorkshopPanels({ cohortId }: { cohortId: string }) {
  const workshop = useQuery(trpc.workshop.forCohort.queryOptions({ cohortId }));
  if (!workshop.isSuccess) {
    return (
      <QueryState
        query={workshop}
        loading="Loading the workshop…"
        loadingVariant="inline"
        errorTitle="The workshop attendance could not be loaded"
        headingLevel={2}
      />
    );
  }
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <section aria-labelledby="attendance-heading">
        <AttendanceList cohort={workshop.data} trpc={trpc} />
      </section>
      <section aria-labelledby="review-heading">
        <ReviewList cohort={workshop.data} trpc={trpc} />
      </section>
    </div>
  );
}
