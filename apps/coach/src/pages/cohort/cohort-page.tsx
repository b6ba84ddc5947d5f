import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { AttendanceList } from "@throughline/app-kit/cohort-attendance-list";
import { ReviewList } from "@throughline/app-kit/cohort-review-list";
import { QueryState } from "@throughline/app-kit/query-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { ChevronLeft } from "lucide-react";
import { Link, useParams } from "react-router";
import { WorkshopCard } from "./workshop-card.tsx";

function BackToCohorts() {
  return (
    <Link to="/cohorts" className="mb-4 inline-flex items-center gap-1 text-sm font-medium">
      <ChevronLeft aria-hidden="true" className="size-4" />
      All cohorts
    </Link>
  );
}

/** One cohort: its workshop, who attended (editable), and who is ready for review. */
export function CohortPage() {
  const { cohortId = "" } = useParams();
  const cohort = useQuery(trpc.workshop.forCohort.queryOptions({ cohortId }));

  if (cohort.isPending) return <Loading label="Loading the cohort…" />;
  if (!cohort.isSuccess) {
    return (
      <>
        <BackToCohorts />
        <QueryState
          query={cohort}
          loading="Loading the cohort…"
          errorTitle="This cohort could not be loaded"
          headingLevel={1}
        />
      </>
    );
  }

  const { cohort: details } = cohort.data;
  return (
    <>
      <BackToCohorts />
      <PageHeader
        title={details.name}
        description={`${details.schoolName} · Stage ${details.stage.position}: ${details.stage.title} · ${details.releaseMode === "self_paced" ? "Self-paced" : "Sessions open on set dates"}`}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <section aria-labelledby="attendance-heading" className="lg:row-span-2">
          <AttendanceList cohort={cohort.data} trpc={trpc} />
        </section>
        <section aria-labelledby="workshop-heading">
          <WorkshopCard cohort={cohort.data} />
        </section>
        <section aria-labelledby="review-heading">
          <ReviewList cohort={cohort.data} trpc={trpc} />
        </section>
      </div>
    </>
  );
}
