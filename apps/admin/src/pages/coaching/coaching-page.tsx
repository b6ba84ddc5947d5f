import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { formatDay } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";
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
      <Table scrollLabel="Workload per coach and week">
        <TableCaption>
          Logged coaching of the district's coaches, {weeksOf.length} weeks
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Coach</TableHead>
            {weeksOf.map((week, index) => (
              <TableHead key={week} className="whitespace-nowrap">
                {index === 0 ? "This week" : `Week of ${formatDay(week)}`}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {coaches.map((coach) => (
            <TableRow key={coach.coachId}>
              <TableRowHead className="whitespace-nowrap">{coach.displayName}</TableRowHead>
              {coach.weeks.map((week) => (
                <TableCell key={week.weekOf} className="whitespace-nowrap tabular-nums">
                  <span className="sr-only">
                    {week.interactions} interactions, {week.minutes} minutes, {week.teachersReached}{" "}
                    teachers reached
                  </span>
                  <span aria-hidden="true">
                    {week.interactions} · {week.minutes} min · {week.teachersReached}
                  </span>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
