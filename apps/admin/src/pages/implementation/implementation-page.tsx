import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Loading } from "@throughline/ui/loading";
import { Navigate } from "react-router";
import { DashboardView } from "./dashboard-view.tsx";

function DistrictDashboard() {
  const query = useQuery(trpc.dashboard.district.queryOptions({ level: "district" }));
  return <DashboardView query={query} />;
}

/** District admins start at the district; a principal goes straight to their school. */
export function ImplementationPage() {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  if (viewer.isPending) return <Loading label="Loading the dashboard…" />;
  // The schools the viewer administers, as the API's access rules decide (`viewer.me`).
  const schools = viewer.data?.administers.schools ?? [];
  const school = schools === "all" ? undefined : schools[0];
  if (school) {
    return <Navigate to={`/implementation/schools/${school}`} replace />;
  }
  return <DistrictDashboard />;
}
