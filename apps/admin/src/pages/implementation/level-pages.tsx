import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { useParams } from "react-router";
import { TeamMeetingsCard } from "../meetings/team-meetings-card.tsx";
import { DashboardView } from "./dashboard-view.tsx";

/* The school, team and teacher levels: each reads its id from the address. */

export function SchoolDashboardPage() {
  const { schoolId = "" } = useParams();
  return <DashboardView query={useQuery(trpc.dashboard.school.queryOptions({ schoolId }))} />;
}

export function TeamDashboardPage() {
  const { teamId = "" } = useParams();
  const dashboard = useQuery(trpc.dashboard.team.queryOptions({ teamId }));
  return (
    <>
      <DashboardView query={dashboard} />
      {dashboard.isSuccess ? <TeamMeetingsCard teamId={teamId} /> : null}
    </>
  );
}

export function TeacherDashboardPage() {
  const { personId = "" } = useParams();
  return <DashboardView query={useQuery(trpc.dashboard.teacher.queryOptions({ personId }))} />;
}
