import type { UseQueryResult } from "@tanstack/react-query";
import { QueryView } from "@throughline/app-kit/query-view";
import { CollaborationChart, PdHoursChart } from "@throughline/ui/dashboard-charts";
import { DashboardTable } from "@throughline/ui/dashboard-table";
import { formatMoment } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { DashboardBreadcrumb } from "./dashboard-breadcrumb.tsx";
import { fileStem } from "./dashboard-paths.ts";
import { HeadlineFigures } from "./headline-figures.tsx";
import { NextLevelTable } from "./next-level-table.tsx";
import { ProgramFiguresCard, StageFunnels } from "./program-figures.tsx";
import type { Dashboard } from "./types.ts";

const badgeColumns = [
  { key: "name", header: "Micro-credential" },
  { key: "badges", header: "Badges earned", numeric: true },
];

const rowsTitle: Record<Dashboard["level"], string> = {
  district: "Schools",
  school: "Teams",
  team: "Teachers",
  teacher: "",
};

const windowDate = new Intl.DateTimeFormat("en-US", {
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** One level of the implementation dashboard, whatever the level. */
export function DashboardView({
  query,
}: {
  query: UseQueryResult<Dashboard, { message: string }>;
}) {
  return (
    <QueryView query={query} about="the dashboard" headingLevel={1}>
      {(dashboard) => <DashboardLevel dashboard={dashboard} />}
    </QueryView>
  );
}

function DashboardLevel({ dashboard }: { dashboard: Dashboard }) {
  const here = dashboard.trail.at(-1)?.name ?? "District";
  const stem = fileStem(here);
  const { metrics, window } = dashboard;
  const teachers = metrics.teacherCount === 1 ? "1 teacher" : `${metrics.teacherCount} teachers`;

  return (
    <>
      <DashboardBreadcrumb trail={dashboard.trail} />
      <PageHeader
        title={`Implementation: ${here}`}
        description={
          <>
            {dashboard.level === "teacher" ? "One teacher" : teachers}. PD hours, meetings and
            collaboration time count in the{" "}
            <strong className="font-medium text-foreground">{window.label}</strong> (
            {windowDate.format(window.from)} to {windowDate.format(window.to)}, {window.weeks}{" "}
            weeks); stage progress and action steps count all time.
            {dashboard.asOf ? (
              <>
                {" "}
                Figures as of {formatMoment(dashboard.asOf)}: at this size they are counted again
                every minute, not for each visit.
              </>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <section aria-label="Key figures">
          <HeadlineFigures metrics={metrics} level={dashboard.level} />
        </section>
        <ProgramFiguresCard metrics={metrics} stem={stem} />
        {dashboard.rows.length > 0 ? (
          <TitledCard
            title={rowsTitle[dashboard.level]}
            description="Open one to see its own figures."
          >
            <NextLevelTable
              rows={dashboard.rows}
              caption={`${rowsTitle[dashboard.level]} with their key figures`}
              csvFileName={`${stem}-${rowsTitle[dashboard.level].toLowerCase()}.csv`}
            />
          </TitledCard>
        ) : null}
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <TitledCard
            title="Stage funnel"
            description="Per stage: enrolled but not begun, in progress (a session opened or the workshop attended), complete."
          >
            <StageFunnels metrics={metrics} stem={stem} />
          </TitledCard>
          <TitledCard
            title="PD hours"
            description={
              dashboard.level === "teacher"
                ? "Workshops, MicroPD sessions and support meetings this school year."
                : "Teachers by PD hours this school year (workshops, MicroPD and support meetings)."
            }
          >
            <PdHoursChart buckets={metrics.pdHoursDistribution} fileStem={stem} />
          </TitledCard>
        </div>
        <TitledCard
          title="Badges by micro-credential"
          description="Badges awarded to these teachers and not revoked, all time."
        >
          {dashboard.badgesByCredential.length === 0 ? (
            <p className="text-sm text-muted-foreground">No badges earned yet.</p>
          ) : (
            <DashboardTable
              caption="Badges earned per micro-credential"
              csvFileName={`${stem}-badges.csv`}
              columns={badgeColumns}
              rows={dashboard.badgesByCredential.map((row) => ({
                key: row.credentialId,
                cells: { name: row.name, badges: row.badgesEarned },
              }))}
            />
          )}
        </TitledCard>
        {dashboard.level === "district" || dashboard.collaboration.length === 0 ? null : (
          <TitledCard
            title="Collaboration time"
            description={`Minutes used in meetings held in a team's collaboration blocks, beside the blocks' weekly minutes × ${window.weeks} weeks.`}
          >
            <CollaborationChart teams={dashboard.collaboration} fileStem={stem} />
          </TitledCard>
        )}
      </div>
    </>
  );
}
