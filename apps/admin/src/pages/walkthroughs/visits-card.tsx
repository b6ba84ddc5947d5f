import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { EmptyState } from "@throughline/ui/empty-state";
import { TitledCard } from "@throughline/ui/titled-card";
import { Users } from "lucide-react";
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
      {!visits.isSuccess ? (
        <QueryState
          query={visits}
          loading="Loading the visits…"
          loadingVariant="inline"
          errorTitle="The visits could not be loaded"
          headingLevel={3}
        />
      ) : visits.data.teachers.length === 0 ? (
        <EmptyState className="mx-6" headingLevel={3} title="No teachers yet" icon={Users}>
          <p>Teachers appear here once they are added to this school.</p>
        </EmptyState>
      ) : (
        <VisitsTable teachers={visits.data.teachers} />
      )}
    </TitledCard>
  );
}
