import { TrendingUp } from "lucide-react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { EmptyState } from "./empty-state.tsx";
import { formatDay } from "./format.ts";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table.tsx";

/** What the observed and the self-rated lines share: levels by day, drawn at once. */
const levelLine = {
  dataKey: "rank",
  type: "linear",
  strokeWidth: 2,
  isAnimationActive: false,
} as const;

/*
 * A teacher's level per indicator over time: one small chart per indicator (easier to read
 * than a dozen crossing lines), the levels seen in observations as a solid line and the
 * teacher's own ratings (self-assessments) as a dotted one beside it, and the same data as a
 * real table for anyone who does not read charts. Props only: the apps fetch, this draws.
 */

type GrowthPointSource = "coaching" | "walkthrough" | "imported";
type SelfRatedMoment = "start" | "check_in" | "end";

interface GrowthChartIndicator {
  id: string;
  code: string;
  title: string;
  targetRank: number | null;
  points: readonly { on: string; rank: number; source: GrowthPointSource }[];
  /** The teacher's own ratings, oldest first; drawn apart from what was seen. */
  selfRatings?: readonly { on: string; rank: number; moment: SelfRatedMoment }[];
}

interface IndicatorGrowthChartProps {
  levels: readonly { rank: number; label: string }[];
  indicators: readonly GrowthChartIndicator[];
  /** Whose growth, for the table's caption: "your", "Maria Delgado's". */
  whose: string;
  /** The empty state's heading level, one below the section it sits in. */
  emptyHeadingLevel?: 2 | 3;
  /** Where the levels come from, said in the empty state. */
  emptyMessage: string;
}

const sourceWords: Record<GrowthPointSource, string> = {
  coaching: "Coaching observation",
  walkthrough: "Walkthrough",
  imported: "Imported rating",
};

const selfRatedWords: Record<SelfRatedMoment, string> = {
  start: "Self-rated, start of stage",
  check_in: "Self-rated, check-in",
  end: "Self-rated, end of stage",
};

const seenColour = "var(--color-primary)";
const selfColour = "var(--color-warning)";

const dayMs = 24 * 60 * 60 * 1000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;
const shortDay = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

function IndicatorChart({
  indicator,
  levels,
}: {
  indicator: GrowthChartIndicator;
  levels: IndicatorGrowthChartProps["levels"];
}) {
  const labelOf = (rank: number) =>
    levels.find((level) => level.rank === rank)?.label ?? String(rank);
  const seen = indicator.points.map((point) => ({ day: dayNumber(point.on), rank: point.rank }));
  const selfRated = (indicator.selfRatings ?? []).map((point) => ({
    day: dayNumber(point.on),
    rank: point.rank,
  }));
  const ranks = levels.map((level) => level.rank);
  const days = [...seen, ...selfRated].map((point) => point.day);
  const first = Math.min(...days);
  const last = Math.max(...days);
  // A single day still needs a width to draw on.
  const domain = first === last ? [first - 7, last + 7] : [first, last];
  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3">
      <p className="text-sm font-semibold">
        <span className="text-muted-foreground">{indicator.code}</span> {indicator.title}
      </p>
      {/* The table below carries the same data for assistive technology. */}
      <div aria-hidden="true" className="h-44 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="day"
              type="number"
              domain={domain}
              tickFormatter={(day: number) => shortDay.format(new Date(day * dayMs))}
              stroke="var(--color-muted-foreground)"
              tickCount={4}
            />
            <YAxis
              type="number"
              domain={[Math.min(...ranks), Math.max(...ranks)]}
              ticks={ranks}
              tickFormatter={labelOf}
              width={124}
              interval={0}
              // Room below the lowest level, so its label clears the dates.
              padding={{ bottom: 14, top: 4 }}
              stroke="var(--color-muted-foreground)"
            />
            {indicator.targetRank === null ? null : (
              <ReferenceLine
                y={indicator.targetRank}
                stroke="var(--color-success, green)"
                strokeDasharray="6 4"
              />
            )}
            {seen.length > 0 ? (
              <Line
                {...levelLine}
                data={seen}
                stroke={seenColour}
                dot={{ r: 4, fill: seenColour }}
              />
            ) : null}
            {selfRated.length > 0 ? (
              <Line
                {...levelLine}
                data={selfRated}
                stroke={selfColour}
                strokeDasharray="2 4"
                // Whole circles: the line's dots would otherwise break the ring.
                dot={{ r: 4, fill: "var(--color-surface)", strokeWidth: 2, strokeDasharray: "0" }}
              />
            ) : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </li>
  );
}

/**
 * One row per level seen or self-rated, per indicator by day (on one day, what was seen first);
 * two identical rows on one day get distinct keys.
 */
function tableRows(indicators: readonly GrowthChartIndicator[]) {
  const seen = new Map<string, number>();
  return indicators.flatMap((indicator) =>
    [
      ...indicator.points.map((point) => ({ ...point, from: sourceWords[point.source] })),
      ...(indicator.selfRatings ?? []).map((point) => ({
        ...point,
        from: selfRatedWords[point.moment],
      })),
    ]
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
      .map((point) => {
        const base = `${indicator.id}-${point.on}-${point.from}-${point.rank}`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        return { key: `${base}-${count}`, indicator, point };
      }),
  );
}

function GrowthTable({
  levels,
  indicators,
  whose,
}: Omit<IndicatorGrowthChartProps, "emptyMessage">) {
  const labelOf = (rank: number | null) =>
    rank === null ? "—" : (levels.find((level) => level.rank === rank)?.label ?? String(rank));
  return (
    <Table scrollLabel={`Levels over time, ${whose}`}>
      <caption className="sr-only">Levels seen and self-rated per indicator, oldest first</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Indicator</TableHead>
          <TableHead>Date</TableHead>
          <TableHead>Level</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Seen in or rated by</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tableRows(indicators).map(({ key, indicator, point }) => (
          <TableRow key={key}>
            <TableCell>
              {indicator.code} {indicator.title}
            </TableCell>
            <TableCell>
              <time dateTime={point.on}>{formatDay(point.on)}</time>
            </TableCell>
            <TableCell>{labelOf(point.rank)}</TableCell>
            <TableCell>{labelOf(indicator.targetRank)}</TableCell>
            <TableCell>{point.from}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What the lines mean: seen, self-rated (when there are self-ratings), the target. */
function GrowthLegend({ selfRated }: { selfRated: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted-foreground">
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="28" height="10" className="shrink-0">
          <line x1="0" y1="5" x2="28" y2="5" stroke={seenColour} strokeWidth="2" />
          <circle cx="14" cy="5" r="4" fill={seenColour} />
        </svg>
        Level seen in an observation or a rating
      </li>
      {selfRated ? (
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" width="28" height="10" className="shrink-0">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={selfColour}
              strokeWidth="2"
              strokeDasharray="2 4"
            />
            <circle
              cx="14"
              cy="5"
              r="3.5"
              fill="var(--color-surface)"
              stroke={selfColour}
              strokeWidth="2"
            />
          </svg>
          Self-rated (the teacher's own rating, from a self-assessment)
        </li>
      ) : null}
      <li>The dashed green line marks the target level.</li>
    </ul>
  );
}

/** Growth per indicator: small charts, a dashed line at the target, and the table behind them. */
export function IndicatorGrowthChart({
  levels,
  indicators,
  whose,
  emptyHeadingLevel = 3,
  emptyMessage,
}: IndicatorGrowthChartProps) {
  if (indicators.length === 0) {
    return (
      <EmptyState title="No levels seen yet" headingLevel={emptyHeadingLevel} icon={TrendingUp}>
        <p>{emptyMessage}</p>
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="grid gap-4 md:grid-cols-2">
        {indicators.map((indicator) => (
          <IndicatorChart key={indicator.id} indicator={indicator} levels={levels} />
        ))}
      </ul>
      <GrowthLegend
        selfRated={indicators.some((indicator) => (indicator.selfRatings ?? []).length > 0)}
      />
      <details className="rounded-md border border-border p-3">
        <summary className="cursor-pointer text-sm font-medium text-primary">
          Show the levels as a table
        </summary>
        <div className="mt-3">
          <GrowthTable levels={levels} indicators={indicators} whose={whose} />
        </div>
      </details>
    </div>
  );
}
