import type { ComponentProps } from "react";
import { ColumnBarChart, HorizontalBarChart, numberedBar } from "./bar-chart-frame.tsx";
import { useMediaQuery } from "./use-media-query.ts";

/*
 * The PD impact report's charts. Each is decoration for sighted readers and for the printed
 * report: hidden from assistive technology, every bar carries its number, and the page shows
 * the same figures in a table beneath it. Groups whose figures are withheld are left out here
 * (the table says "fewer than 3" for them).
 */

/**
 * The report's lying bar charts: one row per group, named by its label, kept whole on paper.
 * Room for the names beside the bars is `labelWidth`, less on a phone, where the bars need it.
 */
function GroupBarChart({
  labelWidth,
  ...chart
}: Omit<ComponentProps<typeof HorizontalBarChart>, "categoryKey" | "keepTogetherInPrint">) {
  const wide = useMediaQuery("(min-width: 40rem)");
  return (
    <HorizontalBarChart
      {...chart}
      keepTogetherInPrint
      categoryKey="label"
      labelWidth={wide ? labelWidth : Math.round(labelWidth * 0.6)}
    />
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
  return (
    <GroupBarChart
      height={Math.max(180, 84 * groups.length + 70)}
      data={groups}
      labelWidth={150}
      rightMargin={32}
      numberAxis={{ allowDecimals: false }}
    >
      {participationSeries.map((series) =>
        numberedBar({ dataKey: series.key, name: series.name, fill: series.fill }),
      )}
    </GroupBarChart>
  );
}

/** Mean PD hours per teacher, per group. */
export function HoursPerTeacherChart({
  groups,
}: {
  groups: readonly { key: string; label: string; hoursPerTeacher: number }[];
}) {
  return (
    <GroupBarChart
      height={Math.max(140, 48 * groups.length + 50)}
      data={groups}
      labelWidth={150}
      rightMargin={40}
      legend={false}
    >
      {numberedBar({
        dataKey: "hoursPerTeacher",
        name: "PD hours per teacher",
        fill: "var(--color-primary)",
      })}
    </GroupBarChart>
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
  return (
    <GroupBarChart
      height={Math.max(160, 64 * rows.length + 70)}
      data={rows}
      labelWidth={170}
      rightMargin={32}
      numberAxis={{ domain: [0, Math.max(1, topRank)] }}
    >
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
    </GroupBarChart>
  );
}

/** Share of useful answers and of "will use it this week", per group, in per cent. */
export function FeedbackChart({
  groups,
}: {
  groups: readonly { key: string; label: string; usefulPercent: number; willUsePercent: number }[];
}) {
  return (
    <GroupBarChart
      height={Math.max(160, 64 * groups.length + 70)}
      data={groups}
      labelWidth={150}
      rightMargin={40}
      numberAxis={{ domain: [0, 100], unit: "%" }}
    >
      {numberedBar({ dataKey: "usefulPercent", name: "Useful", fill: "var(--color-primary)" })}
      {numberedBar({
        dataKey: "willUsePercent",
        name: "Will use it this week",
        fill: "var(--color-success)",
      })}
    </GroupBarChart>
  );
}

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
