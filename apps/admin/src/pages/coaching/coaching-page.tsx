import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { type DataColumn, DataTable } from "@throughline/ui/data-table";
import { formatDay } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { DistrictAdminPage } from "../../lib/district-admin.tsx";
import { CoachingPdSettingCard } from "./coaching-pd-setting-card.tsx";

/** Each coach's logged coaching per week (counts only), and whether it counts as PD time. */
export function CoachingPage() {
  return (
    <DistrictAdminPage
      header={
        <PageHeader
          title="Coaching"
          description="How much coaching each coach logs per week: interactions, minutes and teachers reached. Notes stay private to teachers and their coaches."
        />
      }
      notice="Only district admins see coaching workload. Ask your district's PD administrator."
    >
      <div className="flex flex-col gap-8">
        <CoachingPdSettingCard />
        <CoachWorkload />
      </div>
    </DistrictAdminPage>
  );
}

type Coach = RouterOutputs["coachingLog"]["districtWorkload"]["coaches"][number];

/** One coach's week: the three counts, spelled out for screen readers. */
function WeekFigures({ week }: { week: Coach["weeks"][number] }) {
  return (
    <>
      <span className="sr-only">
        {week.interactions} interactions, {week.minutes} minutes, {week.teachersReached} teachers
        reached
      </span>
      <span aria-hidden="true">
        {week.interactions} · {week.minutes} min · {week.teachersReached}
      </span>
    </>
  );
}

function CoachWorkload() {
  const workload = useQuery(trpc.coachingLog.districtWorkload.queryOptions());
  if (!workload.isSuccess) {
    return (
      <QueryState
        query={workload}
        loading="Loading the coaches' weeks…"
        errorTitle="We could not load the coaching workload"
      />
    );
  }
  const { weeksOf, coaches } = workload.data;
  return (
    <section aria-labelledby="workload-heading" className="flex flex-col gap-3">
      <h2 id="workload-heading" className="text-xl font-semibold">
        Workload per coach and week
      </h2>
      <p className="text-sm text-muted-foreground">
        Each cell: interactions · minutes · teachers reached. This week first.
      </p>
      <DataTable
        scrollLabel="Workload per coach and week"
        caption={`Logged coaching of the district's coaches, ${weeksOf.length} weeks`}
        captionClassName=""
        rows={coaches}
        rowKey={(coach) => coach.coachId}
        columns={[
          {
            header: "Coach",
            rowHeader: true,
            className: "whitespace-nowrap",
            cell: (coach) => coach.displayName,
          },
          ...weeksOf.map(
            (weekOf, index): DataColumn<Coach> => ({
              key: weekOf,
              header: index === 0 ? "This week" : `Week of ${formatDay(weekOf)}`,
              headClassName: "whitespace-nowrap",
              className: "whitespace-nowrap tabular-nums",
              cell: (coach) => {
                const week = coach.weeks[index];
                return week ? <WeekFigures week={week} /> : null;
              },
            }),
          ),
        ]}
      />
    </section>
  );
}
