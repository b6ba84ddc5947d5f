import type { DashboardCrumb } from "./types.ts";

/** Where each level of the drill-down lives in the admin app. */
export function dashboardPath(level: DashboardCrumb["level"], id: string | null): string {
  if (level === "district" || id === null) return "/implementation";
  if (level === "school") return `/implementation/schools/${id}`;
  if (level === "team") return `/implementation/teams/${id}`;
  return `/implementation/teachers/${id}`;
}

/** A file-name-safe stem for a level's CSV downloads: "maple-valley-elementary". */
export function fileStem(name: string): string {
  const stem = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return stem || "dashboard";
}
