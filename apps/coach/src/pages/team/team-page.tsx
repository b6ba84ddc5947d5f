import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { ArrowLeft, UsersRound } from "lucide-react";
import { Link, useParams } from "react-router";
import { CaseloadTable } from "../caseload/caseload-table.tsx";
import { ScheduleForTeamLink } from "../meetings/schedule-for-team-link.tsx";
import { AttendanceRate } from "./attendance-rate.tsx";
import { TeamGoalSection } from "./goal/team-goal-section.tsx";
import { MeetingHistory } from "./meeting-history.tsx";
import { TeamProfileSection } from "./profile/team-profile-section.tsx";

/** One team: its members' progress and flags, its meeting history and attendance rate. */
export function TeamPage() {
  const { teamId = "" } = useParams();
  const team = useQuery(trpc.caseload.team.queryOptions({ teamId }));

  if (!team.isSuccess) {
    return (
      <QueryState
        query={team}
        loading="Loading the team…"
        errorTitle="This team could not be shown"
        headingLevel={1}
      />
    );
  }

  const data = team.data;
  return (
    <>
      <Link
        to="/"
        className="mb-4 inline-flex items-center gap-1.5 text-sm text-primary underline hover:text-primary-hover"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        My caseload
      </Link>
      <PageHeader
        title={data.team.name}
        description={`${data.team.schoolName} · ${
          data.team.facilitatorName
            ? `Facilitator: ${data.team.facilitatorName}`
            : "No facilitator yet"
        }`}
        aside={<ScheduleForTeamLink teamId={teamId} />}
      />
      <div className="flex flex-col gap-8">
        <TeamGoalSection teamId={teamId} />
        <TeamProfileSection teamId={teamId} />
        <AttendanceRate team={data} />
        <section aria-labelledby="members-heading" className="flex flex-col gap-3">
          <h2 id="members-heading" className="text-xl font-semibold">
            Members
          </h2>
          <CaseloadTable
            rows={data.members}
            caption={`${data.team.name}: ${data.members.length} ${data.members.length === 1 ? "teacher" : "teachers"}`}
            empty={
              <EmptyState title="No members yet" icon={UsersRound} headingLevel={3}>
                <p>Teachers added to this team appear here.</p>
              </EmptyState>
            }
          />
        </section>
        <Card>
          <CardHeader>
            <CardTitle level={2}>Meeting history</CardTitle>
          </CardHeader>
          <CardContent className="px-0">
            <MeetingHistory meetings={data.meetings} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
