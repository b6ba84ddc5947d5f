import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { BackLink } from "@throughline/ui/back-link";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { TitledSection } from "@throughline/ui/titled-section";
import { UsersRound } from "lucide-react";
import { useParams } from "react-router";
import { CaseloadTable } from "../caseload/caseload-table.tsx";
import { ScheduleForTeamLink } from "../meetings/schedule-for-team-link.tsx";
import { AttendanceRate } from "./attendance-rate.tsx";
import { TeamGoalSection } from "./goal/team-goal-section.tsx";
import { MeetingHistory } from "./meeting-history.tsx";
import { TeamProfileSection } from "./profile/team-profile-section.tsx";
import type { TeamCaseload } from "./types.ts";

/** The team once it came: goal, profile, attendance, members and meeting history. */
function TeamView({ teamId, data }: { teamId: string; data: TeamCaseload }) {
  return (
    <>
      <BackLink to="/">My caseload</BackLink>
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
        <TitledSection headingId="members-heading" title="Members" headingClassName="text-xl">
          <CaseloadTable
            rows={data.members}
            caption={`${data.team.name}: ${data.members.length} ${data.members.length === 1 ? "teacher" : "teachers"}`}
            empty={
              <EmptyState title="No members yet" icon={UsersRound} headingLevel={3}>
                <p>Teachers added to this team appear here.</p>
              </EmptyState>
            }
          />
        </TitledSection>
        <TitledCard title="Meeting history" contentClassName="px-0">
          <MeetingHistory meetings={data.meetings} />
        </TitledCard>
      </div>
    </>
  );
}

/** One team: its members' progress and flags, its meeting history and attendance rate. */
export function TeamPage() {
  const { teamId = "" } = useParams();
  return (
    <QueryPage
      options={trpc.caseload.team.queryOptions({ teamId })}
      loading="Loading the team…"
      errorTitle="This team could not be shown"
    >
      {(data) => <TeamView teamId={teamId} data={data} />}
    </QueryPage>
  );
}
