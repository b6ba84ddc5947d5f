import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { fieldError } from "@throughline/ui/field-error";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { ClipboardPen, School } from "lucide-react";
import { Link } from "react-router";
import { YourSchoolsView } from "../../lib/your-schools-view.tsx";
import { PeriodFilter } from "./period-filter.tsx";
import { SchoolWalkthroughs } from "./school-walkthroughs.tsx";
import { usePeriod } from "./use-period.ts";

/** " at <the chosen school>", or nothing when the address names none of the viewer's schools. */
function schoolNameOf(schools: readonly { id: string; name: string }[], schoolId: string): string {
  const name = schools.find((school) => school.id === schoolId)?.name;
  return name ? ` at ${name}` : "";
}

/** The principal's school view of walkthroughs; district admins pick the school. */
export function WalkthroughsPage() {
  const home = useQuery(trpc.admin.home.queryOptions());
  const { period, setPeriod } = usePeriod(home.data?.schools[0]?.id);
  const heatmap = useQuery({
    ...trpc.walkthroughs.heatmap.queryOptions(period),
    enabled: period.schoolId !== "",
  });

  const named = (path: string) => fieldError(heatmap.error, path);

  return (
    <YourSchoolsView query={home}>
      {({ schools }) => (
        <>
          <PageHeader
            title="Walkthroughs"
            description={`Published walkthroughs${schoolNameOf(schools, period.schoolId)}: the levels seen by indicator and team, and how often each teacher was visited. Coaching observations are never included.`}
            aside={
              <Link to="/observations/new" className={buttonClasses({ size: "lg" })}>
                <ClipboardPen aria-hidden="true" />
                Record a walkthrough
              </Link>
            }
          />
          {schools.length === 0 ? (
            <EmptyState title="No schools yet" icon={School}>
              <p>
                Walkthroughs of the schools you lead appear here once your district sets them up.
              </p>
            </EmptyState>
          ) : (
            <div className="flex flex-col gap-6">
              <TitledCard
                title="School and period"
                description="The last 90 days unless you choose other dates."
              >
                <PeriodFilter
                  value={period}
                  schools={schools}
                  onChange={setPeriod}
                  errors={{ from: named("from"), to: named("to") }}
                />
              </TitledCard>
              <SchoolWalkthroughs
                key={`${period.schoolId}|${period.from}|${period.to}`}
                period={period}
              />
            </div>
          )}
        </>
      )}
    </YourSchoolsView>
  );
}
