import type { ReactElement, ReactNode } from "react";
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

/*
 * What the dashboard's and the impact report's bar charts share. Each chart is decoration for
 * sighted readers: hidden from assistive technology, every bar carries its number, and the page
 * shows the same figures in a table beside it.
 */

const axisColour = "var(--color-muted-foreground)";

/** Legend words in the text colour: a pale series colour would make pale words. */
const legendText = (value: unknown) => (
  <span style={{ color: "var(--color-foreground)" }}>{String(value)}</span>
);

interface FrameProps {
  height: number;
  /** On paper, keep the chart on one page (the printed impact report). */
  keepTogetherInPrint?: boolean;
}

function ChartFrame({
  height,
  keepTogetherInPrint,
  children,
}: FrameProps & { children: ReactElement }) {
  return (
    <div
      aria-hidden="true"
      className={keepTogetherInPrint ? "w-full text-xs break-inside-avoid" : "w-full text-xs"}
      style={{ height }}
    >
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Bars lying down, one row per item named on the left (`categoryKey`), numbers along the
 * bottom. `children` are the series' `Bar`s, given as elements (see `numberedBar`).
 */
export function HorizontalBarChart({
  data,
  categoryKey,
  labelWidth,
  rightMargin,
  numberAxis = {},
  legend = true,
  children,
  ...frame
}: FrameProps & {
  data: readonly object[];
  categoryKey: string;
  labelWidth: number;
  rightMargin: number;
  numberAxis?: { allowDecimals?: boolean; domain?: [number, number]; unit?: string };
  legend?: boolean;
  children: ReactNode;
}) {
  return (
    <ChartFrame {...frame}>
      <BarChart
        data={[...data]}
        layout="vertical"
        margin={{ left: 8, right: rightMargin }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" {...numberAxis} stroke={axisColour} />
        <YAxis type="category" dataKey={categoryKey} width={labelWidth} stroke={axisColour} />
        {legend && <Legend itemSorter={null} formatter={legendText} />}
        {children}
      </BarChart>
    </ChartFrame>
  );
}

/** Standing bars of whole counts, one per item named beneath it (`categoryKey`). */
export function ColumnBarChart({
  data,
  categoryKey,
  children,
  ...frame
}: FrameProps & { data: readonly object[]; categoryKey: string; children: ReactNode }) {
  return (
    <ChartFrame {...frame}>
      <BarChart data={[...data]} margin={{ top: 20, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={categoryKey} stroke={axisColour} />
        <YAxis allowDecimals={false} stroke={axisColour} width={32} />
        {children}
      </BarChart>
    </ChartFrame>
  );
}

/**
 * One series of bars with its number on each bar. A call, not a component: recharts reads its
 * chart's `Bar` children by type, so a wrapping component would not be drawn.
 */
export function numberedBar(series: {
  dataKey: string;
  name: string;
  fill: string;
  stroke?: string;
  numberAt?: "right" | "top";
}): ReactElement {
  return (
    <Bar
      key={series.dataKey}
      dataKey={series.dataKey}
      name={series.name}
      fill={series.fill}
      {...(series.stroke ? { stroke: series.stroke } : {})}
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
