import type { ComponentProps } from "react";
import { ColumnBarChart, HorizontalBarChart, numberedBar } from "./bar-chart-frame.tsx";
import { useMediaQuery } from "./use-media-query.ts";

/*
 * The PD impact report's charts. Each is decoration for sighted readers and for the printed
 * report: hidden from assistive technology, every bar carries its number, and the page shows
 * the same figures in a table beneath it. Groups whose figures are withheld are left out here
 * (the table says "fewer than 3" for them).
 */

type Series = Parameters<typeof numberedBar>[0];

/** A lying bar chart of the report: its series and how it is laid out. */
interface GroupChartSpec {
  series: readonly Series[];
  labelWidth: number;
  rightMargin: number;
  numberAxis?: ComponentProps<typeof HorizontalBarChart>["numberAxis"];
  legend?: boolean;
}

/**
 * One of the report's lying bar charts: one row per group, named by its label, kept whole on
 * paper. Room for the names beside the bars is `labelWidth`, less on a phone, where the bars
 * need it.
 */
function GroupChart({
  spec,
  groups,
  numberAxis = spec.numberAxis,
}: {
  spec: GroupChartSpec;
  groups: readonly { key: string; label: string }[];
  /** The number axis when it depends on the data (e.g. the district's scale). */
  numberAxis?: GroupChartSpec["numberAxis"];
}) {
  const { series, labelWidth, ...chart } = spec;
  // Each group's row grows with its bars; below the rows sit the axis and, if any, the legend.
  const rowHeight = 30 + 18 * series.length;
  const frameHeight = spec.legend === false ? 50 : 70;
  const wide = useMediaQuery("(min-width: 40rem)");
  return (
    <HorizontalBarChart
      {...chart}
      numberAxis={numberAxis}
      height={Math.max(120 + 20 * series.length, rowHeight * groups.length + frameHeight)}
      data={groups}
      keepTogetherInPrint
      categoryKey="label"
      labelWidth={wide ? labelWidth : Math.round(labelWidth * 0.6)}
    >
      {series.map((one) => numberedBar(one))}
    </HorizontalBarChart>
  );
}

type Group<Figures extends string> = { key: string; label: string } & Record<Figures, number>;

/** Teachers enrolled, active lately and done, side by side per group. */
export function ParticipationChart({
  groups,
}: {
  groups: readonly Group<"enrolled" | "active" | "completed">[];
}) {
  return <GroupChart spec={participation} groups={groups} />;
}

const participation: GroupChartSpec = {
  series: [
    { dataKey: "enrolled", name: "Enrolled", fill: "var(--color-muted-foreground)" },
    { dataKey: "active", name: "Active in the last 30 days", fill: "var(--color-info)" },
    { dataKey: "completed", name: "Completed the stage", fill: "var(--color-success)" },
  ],
  labelWidth: 150,
  rightMargin: 32,
  numberAxis: { allowDecimals: false },
};

/** Mean PD hours per teacher, per group. */
export function HoursPerTeacherChart({ groups }: { groups: readonly Group<"hoursPerTeacher">[] }) {
  return <GroupChart spec={hoursPerTeacher} groups={groups} />;
}

const hoursPerTeacher: GroupChartSpec = {
  series: [
    { dataKey: "hoursPerTeacher", name: "PD hours per teacher", fill: "var(--color-primary)" },
  ],
  labelWidth: 150,
  rightMargin: 40,
  legend: false,
};

/** First and last mean level per indicator, on the district's scale (0 the lowest level). */
export function LevelChangeChart({
  rows,
  topRank,
}: {
  rows: readonly Group<"firstMean" | "lastMean">[];
  topRank: number;
}) {
  return (
    <GroupChart
      spec={levelChange}
      groups={rows}
      numberAxis={{ domain: [0, Math.max(1, topRank)] }}
    />
  );
}

const levelChange: GroupChartSpec = {
  series: [
    { dataKey: "firstMean", name: "First level (mean)", fill: "var(--color-muted-foreground)" },
    { dataKey: "lastMean", name: "Last level (mean)", fill: "var(--color-primary)" },
  ],
  labelWidth: 170,
  rightMargin: 32,
};

/** Share of useful answers and of "will use it this week", per group, in per cent. */
export function FeedbackChart({
  groups,
}: {
  groups: readonly Group<"usefulPercent" | "willUsePercent">[];
}) {
  return <GroupChart spec={feedback} groups={groups} />;
}

const feedback: GroupChartSpec = {
  series: [
    { dataKey: "usefulPercent", name: "Useful", fill: "var(--color-primary)" },
    { dataKey: "willUsePercent", name: "Will use it this week", fill: "var(--color-success)" },
  ],
  labelWidth: 150,
  rightMargin: 40,
  numberAxis: { domain: [0, 100], unit: "%" },
};

/** How many team goals stand where, one bar per status. */
export function GoalStatusChart({
  statuses,
}: {
  statuses: readonly { key: string; label: string; goals: number }[];
}) {
  return (
    <ColumnBarChart height={200} keepTogetherInPrint data={statuses} categoryKey="label">
      {numberedBar({
        dataKey: "goals",
        name: "Team goals",
        fill: "var(--color-primary)",
        numberAt: "top",
      })}
    </ColumnBarChart>
  );
}
