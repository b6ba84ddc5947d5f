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
import { useMediaQuery } from "./use-media-query.ts";

/*
 * The PD impact report's charts. Each is decoration for sighted readers and for the printed
 * report: hidden from assistive technology, every bar carries its number, and the page shows
 * the same figures in a table beneath it. Groups whose figures are withheld are left out here
 * (the table says "fewer than 3" for them).
 */

const axis = "var(--color-muted-foreground)";

const legendText = (value: unknown) => (
  <span style={{ color: "var(--color-foreground)" }}>{String(value)}</span>
);

/** Room for the group names beside the bars: less on a phone, where the bars need it more. */
function useLabelWidth(wide: number): number {
  return useMediaQuery("(min-width: 40rem)") ? wide : Math.round(wide * 0.6);
}

/**
 * One series of bars with its number on each bar. A call, not a component: recharts reads its
 * chart's `Bar` children by type, so a wrapping component would not be drawn.
 */
function numberedBar(series: {
  dataKey: string;
  name: string;
  fill: string;
  numberAt?: "right" | "top";
}): ReactElement {
  return (
    <Bar
      key={series.dataKey}
      dataKey={series.dataKey}
      name={series.name}
      fill={series.fill}
      isAnimationActive={false}
    >
      <LabelList
        dataKey={series.dataKey}
        position={series.numberAt ?? "right"}
        fill="var(--color-foreground)"
      />
    </Bar>
  );
}

function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div aria-hidden="true" className="w-full text-xs break-inside-avoid" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

interface ParticipationBar {
  key: string;
  label: string;
  enrolled: number;
  active: number;
  completed: number;
}

const participationSeries = [
  { key: "enrolled", name: "Enrolled", fill: "var(--color-muted-foreground)" },
  { key: "active", name: "Active in the last 30 days", fill: "var(--color-info)" },
  { key: "completed", name: "Completed the stage", fill: "var(--color-success)" },
] as const;

/** Teachers enrolled, active lately and done, side by side per group. */
export function ParticipationChart({ groups }: { groups: readonly ParticipationBar[] }) {
  const labelWidth = useLabelWidth(150);
  return (
    <ChartFrame height={Math.max(180, 84 * groups.length + 70)}>
      <BarChart
        data={[...groups]}
        layout="vertical"
        margin={{ left: 8, right: 32 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={axis} />
        <YAxis type="category" dataKey="label" width={labelWidth} stroke={axis} />
        <Legend itemSorter={null} formatter={legendText} />
        {participationSeries.map((series) =>
          numberedBar({ dataKey: series.key, name: series.name, fill: series.fill }),
        )}
      </BarChart>
    </ChartFrame>
  );
}

/** Mean PD hours per teacher, per group. */
export function HoursPerTeacherChart({
  groups,
}: {
  groups: readonly { key: string; label: string; hoursPerTeacher: number }[];
}) {
  const labelWidth = useLabelWidth(150);
  return (
    <ChartFrame height={Math.max(140, 48 * groups.length + 50)}>
      <BarChart
        data={[...groups]}
        layout="vertical"
        margin={{ left: 8, right: 40 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" stroke={axis} />
        <YAxis type="category" dataKey="label" width={labelWidth} stroke={axis} />
        {numberedBar({
          dataKey: "hoursPerTeacher",
          name: "PD hours per teacher",
          fill: "var(--color-primary)",
        })}
      </BarChart>
    </ChartFrame>
  );
}

/** First and last mean level per indicator, on the district's scale (0 the lowest level). */
export function LevelChangeChart({
  rows,
  topRank,
}: {
  rows: readonly { key: string; label: string; firstMean: number; lastMean: number }[];
  topRank: number;
}) {
  const labelWidth = useLabelWidth(170);
  return (
    <ChartFrame height={Math.max(160, 64 * rows.length + 70)}>
      <BarChart
        data={[...rows]}
        layout="vertical"
        margin={{ left: 8, right: 32 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, Math.max(1, topRank)]} stroke={axis} />
        <YAxis type="category" dataKey="label" width={labelWidth} stroke={axis} />
        <Legend itemSorter={null} formatter={legendText} />
        {numberedBar({
          dataKey: "firstMean",
          name: "First level (mean)",
          fill: "var(--color-muted-foreground)",
        })}
        {numberedBar({
          dataKey: "lastMean",
          name: "Last level (mean)",
          fill: "var(--color-primary)",
        })}
      </BarChart>
    </ChartFrame>
  );
}

/** Share of useful answers and of "will use it this week", per group, in per cent. */
export function FeedbackChart({
  groups,
}: {
  groups: readonly { key: string; label: string; usefulPercent: number; willUsePercent: number }[];
}) {
  const labelWidth = useLabelWidth(150);
  return (
    <ChartFrame height={Math.max(160, 64 * groups.length + 70)}>
      <BarChart
        data={[...groups]}
        layout="vertical"
        margin={{ left: 8, right: 40 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" stroke={axis} />
        <YAxis type="category" dataKey="label" width={labelWidth} stroke={axis} />
        <Legend itemSorter={null} formatter={legendText} />
        {numberedBar({ dataKey: "usefulPercent", name: "Useful", fill: "var(--color-primary)" })}
        {numberedBar({
          dataKey: "willUsePercent",
          name: "Will use it this week",
          fill: "var(--color-success)",
        })}
      </BarChart>
    </ChartFrame>
  );
}

/** How many team goals stand where, one bar per status. */
export function GoalStatusChart({
  statuses,
}: {
  statuses: readonly { key: string; label: string; goals: number }[];
}) {
  return (
    <ChartFrame height={200}>
      <BarChart data={[...statuses]} margin={{ top: 20, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" stroke={axis} />
        <YAxis allowDecimals={false} stroke={axis} width={32} />
        {numberedBar({
          dataKey: "goals",
          name: "Team goals",
          fill: "var(--color-primary)",
          numberAt: "top",
        })}
      </BarChart>
    </ChartFrame>
  );
}
