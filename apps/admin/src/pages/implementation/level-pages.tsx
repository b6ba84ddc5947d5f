import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { trpc } from "../../lib/trpc.ts";
import { DashboardView } from "./dashboard-view.tsx";

/* The school, team and teacher levels: each reads its id from the address. */

export function SchoolDashboardPage() {
  const { schoolId = "" } = useParams();
  return <DashboardView query={useQuery(trpc.dashboard.school.queryOptions({ schoolId }))} />;
}

export function TeamDashboardPage() {
  const { teamId = "" } = useParams();
  return <DashboardView query={useQuery(trpc.dashboard.team.queryOptions({ teamId }))} />;
}

export function TeacherDashboardPage() {
  const { personId = "" } = useParams();
  return <DashboardView query={useQuery(trpc.dashboard.teacher.queryOptions({ personId }))} />;
}
