import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { ArrowLeft, UsersRound } from "lucide-react";
import { Link, useSearchParams } from "react-router";
import { ScheduleForm } from "./schedule-form.tsx";

/** Scheduling a meeting; `?teamId=` preselects the team. */
export function SchedulePage() {
  const [search] = useSearchParams();
  const teams = useQuery(trpc.meetings.schedulableTeams.queryOptions());
  const protocols = useQuery(trpc.protocols.list.queryOptions());

  const back = (
    <Link
      to="/meetings"
      className="mb-4 inline-flex items-center gap-1.5 text-sm text-primary underline hover:text-primary-hover"
    >
      <ArrowLeft aria-hidden="true" className="size-4" />
      Meetings
    </Link>
  );
  if (teams.isPending || protocols.isPending) return <Loading label="Loading your teams…" />;
  if (teams.isError || protocols.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="The form could not be loaded"
        message={(teams.error ?? protocols.error)?.message ?? "Please try again."}
        onRetry={() => {
          void teams.refetch();
          void protocols.refetch();
        }}
        retrying={teams.isFetching || protocols.isFetching}
      />
    );
  }
  const wanted = search.get("teamId");
  const teamId = teams.data.find((team) => team.id === wanted)?.id ?? teams.data[0]?.id;
  return (
    <>
      {back}
      <PageHeader
        title="Schedule a meeting"
        description="Once or repeating, with an agenda built from protocols."
      />
      {teamId ? (
        <ScheduleForm teams={teams.data} protocols={protocols.data} teamId={teamId} />
      ) : (
        <EmptyState title="No team to schedule for" icon={UsersRound}>
          <p>You can schedule meetings for teams you facilitate or whose teachers you coach.</p>
        </EmptyState>
      )}
    </>
  );
}
