import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { TitledCard } from "@throughline/ui/titled-card";
import { SchoolTeachersView } from "./school-teachers-view.tsx";
import type { PeriodChoice } from "./types.ts";
import { VisitsTable } from "./visits-table.tsx";

/** Visits per teacher, so no one is visited ten times while someone else is never seen. */
export function VisitsCard({ period }: { period: PeriodChoice }) {
  const visits = useQuery(trpc.walkthroughs.visits.queryOptions(period));
  const unvisited = visits.data?.teachers.filter((teacher) => teacher.visits === 0).length ?? 0;
  return (
    <TitledCard
      title="Visits per teacher"
      description={
        <>
          Every teacher of the school, the least visited first.{" "}
          {visits.data && unvisited > 0
            ? ` ${unvisited} of ${visits.data.teachers.length} teachers had no walkthrough in this period.`
            : ""}
        </>
      }
      contentClassName="px-0"
    >
      <SchoolTeachersView
        query={visits}
        loading="Loading the visits…"
        errorTitle="The visits could not be loaded"
      >
        {(teachers) => <VisitsTable teachers={teachers} />}
      </SchoolTeachersView>
    </TitledCard>
  );
}
