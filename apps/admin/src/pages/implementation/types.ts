import type { RouterOutputs } from "@throughline/api/types";

export type Dashboard = RouterOutputs["dashboard"]["school"];
export type DashboardRow = Dashboard["rows"][number];
export type DashboardCrumb = Dashboard["trail"][number];
export type DashboardMetrics = Dashboard["metrics"];
