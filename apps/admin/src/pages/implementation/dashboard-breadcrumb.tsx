import { Link } from "react-router";
import { dashboardPath } from "./dashboard-paths.ts";
import type { DashboardCrumb } from "./types.ts";

const levelWords: Record<DashboardCrumb["level"], string> = {
  district: "District",
  school: "School",
  team: "Team",
  teacher: "Teacher",
};

/** District › School › Team › Teacher: every level above this one is a link. */
export function DashboardBreadcrumb({ trail }: { trail: readonly DashboardCrumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted-foreground">
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1;
          const label = (
            <>
              <span className="sr-only">{levelWords[crumb.level]}: </span>
              {crumb.name}
            </>
          );
          return (
            <li
              key={`${crumb.level}-${crumb.id ?? "district"}`}
              className="flex items-center gap-1"
            >
              {last ? (
                <span aria-current="page" className="font-medium text-foreground">
                  {label}
                </span>
              ) : (
                <Link
                  to={dashboardPath(crumb.level, crumb.id)}
                  className="text-primary underline underline-offset-4 hover:text-primary-hover"
                >
                  {label}
                </Link>
              )}
              {last ? null : <span aria-hidden="true">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
