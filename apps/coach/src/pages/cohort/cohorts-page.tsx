import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { Card } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { CalendarDays, ChevronRight, UsersRound } from "lucide-react";
import { Link } from "react-router";
import { formatDay } from "./format.ts";
import type { ManagedCohort } from "./types.ts";

function CohortLink({ cohort }: { cohort: ManagedCohort }) {
  return (
    <Link
      to={`/cohorts/${cohort.id}`}
      className="group block rounded-[var(--radius-card)] no-underline focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      <Card className="flex items-center gap-4 px-5 py-4 transition-colors group-hover:border-primary/40">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <p className="text-sm font-semibold text-primary">
            Stage {cohort.stage.position} · {cohort.stage.title}
          </p>
          <p className="text-base font-semibold text-foreground">{cohort.name}</p>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
            <span className="inline-flex items-center gap-1.5">
              <CalendarDays aria-hidden="true" className="size-4" />
              {cohort.workshopStartsAt
                ? `Workshop ${formatDay(cohort.workshopStartsAt)}`
                : "Workshop date not set"}
            </span>
            <span>
              {cohort.attendedCount} of {cohort.enrolledCount} teachers attended
            </span>
          </p>
        </div>
        <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-muted-foreground" />
      </Card>
    </Link>
  );
}

/** The cohorts the coach runs, newest school year first. */
export function CohortsPage() {
  return (
    <QueryPage options={trpc.workshop.cohorts.queryOptions()} about="your cohorts">
      {(list) => <CohortList cohorts={list} />}
    </QueryPage>
  );
}

function CohortList({ cohorts }: { cohorts: readonly ManagedCohort[] }) {
  return (
    <>
      <PageHeader
        title="Cohorts"
        description="Workshops, attendance and stage reviews for the cohorts you coach or whose teachers you facilitate."
      />
      {cohorts.length > 0 ? (
        <ul className="flex flex-col gap-4">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <CohortLink cohort={cohort} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No cohorts yet" icon={UsersRound}>
          <p>
            When you are made the coach of a cohort, or facilitate a team whose teachers are in one,
            it appears here.
          </p>
        </EmptyState>
      )}
    </>
  );
}
