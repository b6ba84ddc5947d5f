import type { FunnelStage } from "@throughline/domain/dashboard";
import { Bar, LabelList } from "recharts";
import { ColumnBarChart, HorizontalBarChart, numberedBar } from "./bar-chart-frame.tsx";
import { DashboardTable } from "./dashboard-table.tsx";

/*
 * The implementation dashboard's charts. Each chart is decoration for sighted readers: it is
 * hidden from assistive technology, every bar carries its number as text, the legend names the
 * series, and the same figures sit in the table below it (with a CSV download).
 */

interface HoursBucket {
  label: string;
  count: number;
}

interface TeamMinutes {
  teamId: string;
  teamName: string;
  usedMinutes: number;
  scheduledMinutes: number;
}

/** A zero-width segment needs no number on it; the table still shows the zero. */
const hideZero = (value: unknown) => (value === 0 ? "" : String(value));

/** The funnel's stacked series, bottom to top. */
const funnelSeries = [
  { key: "enrolled", name: "Enrolled", fill: "var(--color-muted-foreground)" },
  { key: "inProgress", name: "In progress", fill: "var(--color-info)" },
  { key: "complete", name: "Complete", fill: "var(--color-success)" },
] as const;

/** Teachers per stage, stacked: enrolled, in progress, complete. */
export function StageFunnelChart({
  stages,
  fileStem,
}: {
  stages: readonly FunnelStage[];
  fileStem: string;
}) {
  const data = stages.map((stage) => ({ ...stage, name: `Stage ${stage.position}` }));
  return (
    <div className="flex flex-col gap-4">
      <HorizontalBarChart
        height={Math.max(160, 56 * stages.length + 60)}
        data={data}
        categoryKey="name"
        labelWidth={72}
        rightMargin={24}
        numberAxis={{ allowDecimals: false }}
      >
        {funnelSeries.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.name}
            stackId="funnel"
            fill={series.fill}
            isAnimationActive={false}
          >
            <LabelList dataKey={series.key} position="center" fill="#ffffff" formatter={hideZero} />
          </Bar>
        ))}
      </HorizontalBarChart>
      <DashboardTable
        caption="Teachers per stage: enrolled, in progress and complete"
        csvFileName={`${fileStem}-stage-funnel.csv`}
        columns={[
          { key: "stage", header: "Stage" },
          { key: "enrolled", header: "Enrolled", numeric: true },
          { key: "inProgress", header: "In progress", numeric: true },
          { key: "complete", header: "Complete", numeric: true },
        ]}
        rows={stages.map((stage) => ({
          key: stage.stageId,
          cells: {
            stage: `Stage ${stage.position}: ${stage.title}`,
            enrolled: stage.enrolled,
            inProgress: stage.inProgress,
            complete: stage.complete,
          },
        }))}
      />
    </div>
  );
}

/** How many teachers have how many PD hours, in whole-hour ranges. */
export function PdHoursChart({
  buckets,
  fileStem,
}: {
  buckets: readonly HoursBucket[];
  fileStem: string;
}) {
  const data = buckets.map((bucket) => ({ name: `${bucket.label} h`, count: bucket.count }));
  return (
    <div className="flex flex-col gap-4">
      <ColumnBarChart height={200} data={data} categoryKey="name">
        {numberedBar({
          dataKey: "count",
          name: "Teachers",
          fill: "var(--color-primary)",
          numberAt: "top",
        })}
      </ColumnBarChart>
      <DashboardTable
        caption="Teachers by PD hours this school year"
        csvFileName={`${fileStem}-pd-hours.csv`}
        columns={[
          { key: "hours", header: "PD hours" },
          { key: "teachers", header: "Teachers", numeric: true },
        ]}
        rows={buckets.map((bucket) => ({
          key: bucket.label,
          cells: { hours: bucket.label, teachers: bucket.count },
        }))}
      />
    </div>
  );
}

/** Collaboration minutes used beside the minutes scheduled, per team. */
export function CollaborationChart({
  teams,
  fileStem,
}: {
  teams: readonly TeamMinutes[];
  fileStem: string;
}) {
  return (
    <div className="flex flex-col gap-4">
      <HorizontalBarChart
        height={Math.max(160, 64 * teams.length + 60)}
        data={teams}
        categoryKey="teamName"
        labelWidth={140}
        rightMargin={48}
        numberAxis={{ allowDecimals: false }}
      >
        {numberedBar({
          dataKey: "scheduledMinutes",
          name: "Scheduled (minutes)",
          fill: "var(--color-border)",
          stroke: "var(--color-muted-foreground)",
        })}
        {numberedBar({
          dataKey: "usedMinutes",
          name: "Used (minutes)",
          fill: "var(--color-primary)",
        })}
      </HorizontalBarChart>
      <DashboardTable
        caption="Collaboration minutes used and scheduled per team"
        csvFileName={`${fileStem}-collaboration-minutes.csv`}
        columns={[
          { key: "team", header: "Team" },
          { key: "used", header: "Used (minutes)", numeric: true },
          { key: "scheduled", header: "Scheduled (minutes)", numeric: true },
        ]}
        rows={teams.map((team) => ({
          key: team.teamId,
          cells: { team: team.teamName, used: team.usedMinutes, scheduled: team.scheduledMinutes },
        }))}
      />
    </div>
  );
}
