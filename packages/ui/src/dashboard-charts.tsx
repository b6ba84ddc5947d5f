import type { ReactElement } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { DashboardTable } from "./dashboard-table.tsx";

/*
 * The implementation dashboard's charts. Each chart is decoration for sighted readers: it is
 * hidden from assistive technology, every bar carries its number as text, the legend names the
 * series, and the same figures sit in the table below it (with a CSV download).
 */

interface FunnelChartStage {
  stageId: string;
  position: number;
  title: string;
  enrolled: number;
  inProgress: number;
  complete: number;
}

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

const axis = "var(--color-muted-foreground)";

/** Legend words in the text colour: a pale series colour would make pale words. */
const legendText = (value: unknown) => (
  <span style={{ color: "var(--color-foreground)" }}>{String(value)}</span>
);

/** A zero-width segment needs no number on it; the table still shows the zero. */
const hideZero = (value: unknown) => (value === 0 ? "" : String(value));

function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div aria-hidden="true" className="w-full text-xs" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

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
  stages: readonly FunnelChartStage[];
  fileStem: string;
}) {
  const data = stages.map((stage) => ({ ...stage, name: `Stage ${stage.position}` }));
  return (
    <div className="flex flex-col gap-4">
      <ChartFrame height={Math.max(160, 56 * stages.length + 60)}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 24 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke={axis} />
          <YAxis type="category" dataKey="name" width={72} stroke={axis} />
          <Legend itemSorter={null} formatter={legendText} />
          {funnelSeries.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.name}
              stackId="funnel"
              fill={series.fill}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={series.key}
                position="center"
                fill="#ffffff"
                formatter={hideZero}
              />
            </Bar>
          ))}
        </BarChart>
      </ChartFrame>
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
      <ChartFrame height={200}>
        <BarChart data={data} margin={{ top: 20, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" stroke={axis} />
          <YAxis allowDecimals={false} stroke={axis} width={32} />
          <Bar
            dataKey="count"
            name="Teachers"
            fill="var(--color-primary)"
            isAnimationActive={false}
          >
            <LabelList dataKey="count" position="top" fill="var(--color-foreground)" />
          </Bar>
        </BarChart>
      </ChartFrame>
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
      <ChartFrame height={Math.max(160, 64 * teams.length + 60)}>
        <BarChart
          data={[...teams]}
          layout="vertical"
          margin={{ left: 8, right: 48 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke={axis} />
          <YAxis type="category" dataKey="teamName" width={140} stroke={axis} />
          <Legend itemSorter={null} formatter={legendText} />
          <Bar
            dataKey="scheduledMinutes"
            name="Scheduled (minutes)"
            fill="var(--color-border)"
            stroke="var(--color-muted-foreground)"
            isAnimationActive={false}
          >
            <LabelList dataKey="scheduledMinutes" position="right" fill="var(--color-foreground)" />
          </Bar>
          <Bar
            dataKey="usedMinutes"
            name="Used (minutes)"
            fill="var(--color-primary)"
            isAnimationActive={false}
          >
            <LabelList dataKey="usedMinutes" position="right" fill="var(--color-foreground)" />
          </Bar>
        </BarChart>
      </ChartFrame>
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
