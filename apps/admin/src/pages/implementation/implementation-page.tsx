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
  const roles = viewer.data?.roles ?? [];
  const districtWide = roles.some((entry) => entry.role === "district_admin");
  const school = roles.find((entry) => entry.role === "principal" && entry.schoolId)?.schoolId;
  if (!districtWide && school) {
    return <Navigate to={`/implementation/schools/${school}`} replace />;
  }
  return <DistrictDashboard />;
}
