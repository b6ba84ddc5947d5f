import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { TitledCard } from "@throughline/ui/titled-card";
import { BlocksList } from "./blocks-list.tsx";
import { FindTimePanel } from "./find-time-panel.tsx";
import { FreeLegend } from "./free-scale.tsx";
import { FreeTeachersTable } from "./free-teachers-table.tsx";
import { WeekGrid } from "./week-grid.tsx";

/** One school's week, its blocks and the finder. */
export function SchoolCollaboration({ schoolId }: { schoolId: string }) {
  const week = useQuery(trpc.collaboration.week.queryOptions({ schoolId }));
  const teams = useQuery(trpc.collaboration.teams.queryOptions({ schoolId }));

  if (week.isPending || teams.isPending) return <Loading label="Loading the school's week…" />;
  if (week.isError || teams.isError) {
    return (
      <ErrorState
        headingLevel={2}
        title="The school's week could not be loaded"
        message={(week.error ?? teams.error)?.message ?? ""}
        onRetry={() => {
          void week.refetch();
          void teams.refetch();
        }}
        retrying={week.isFetching || teams.isFetching}
      />
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <TitledCard
        title="Find common time"
        description="Weekly windows inside the school day when every member of a team is free of classes, longest first. Allow one absent to also see windows that miss one person."
      >
        {teams.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">This school has no teams yet.</p>
        ) : (
          <FindTimePanel key={schoolId} teams={teams.data} />
        )}
      </TitledCard>

      <TitledCard
        title={<>Week at {week.data.school.name}</>}
        description={
          <>
            How many of the school's {week.data.teacherCount} teachers are free of classes in each
            quarter hour, with the protected blocks drawn over it.
          </>
        }
        contentClassName="flex flex-col gap-4"
      >
        {week.data.days.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            This school has no bell schedule yet, so there is no school day to show.
          </p>
        ) : (
          <>
            <WeekGrid week={week.data} />
            <FreeLegend />
            <details className="rounded-lg border border-border">
              <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-foreground">
                Free teachers by time (table)
              </summary>
              <FreeTeachersTable week={week.data} />
            </details>
          </>
        )}
      </TitledCard>

      <TitledCard title="Blocks" description="Protected weekly time, by team.">
        <BlocksList blocks={week.data.blocks} />
      </TitledCard>
    </div>
  );
}
