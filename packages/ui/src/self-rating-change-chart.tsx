import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatDay } from "./format.ts";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table.tsx";
import { useMediaQuery } from "./use-media-query.ts";

/*
 * A teacher's own ratings per indicator, first → latest: one pair of bars per indicator (the
 * first rating and the latest), and the same figures in a table beside the chart for anyone who
 * does not read charts. Props only: the apps fetch, this draws.
 */

type Moment = "start" | "end" | "check_in";

interface RatedPoint {
  rank: number;
  on: string;
  moment: Moment;
}

interface SelfRatingChange {
  indicatorId: string;
  code: string;
  title: string;
  first: RatedPoint;
  latest: RatedPoint | null;
  change: number;
}

interface SelfRatingChangeChartProps {
  levels: readonly { rank: number; label: string }[];
  changes: readonly SelfRatingChange[];
  /** Whose ratings, for the table's name: "your", "Maria Delgado's". */
  whose: string;
}

const momentWords: Record<Moment, string> = {
  start: "start of the stage",
  end: "end of the stage",
  check_in: "check-in",
};

function changeWords(change: SelfRatingChange): string {
  if (!change.latest) return "Rated once so far";
  if (change.change === 0) return "No change";
  const steps = Math.abs(change.change);
  return `${change.change > 0 ? "Up" : "Down"} ${steps} level${steps === 1 ? "" : "s"}`;
}

/** First and latest self-rating per indicator, as bars and as a table. */
export function SelfRatingChangeChart({ levels, changes, whose }: SelfRatingChangeChartProps) {
  const labelOf = (rank: number) =>
    levels.find((level) => level.rank === rank)?.label ?? String(rank);
  const ranks = levels.map((level) => level.rank);
  const top = Math.max(0, ...ranks);
  // On a phone the level names do not fit side by side: they lean.
  const wide = useMediaQuery("(min-width: 40rem)");
  const data = changes.map((change) => ({
    code: change.code,
    first: change.first.rank,
    latest: change.latest ? change.latest.rank : null,
  }));
  return (
    <div className="flex flex-col gap-4">
      {/* The table below carries the same figures for assistive technology. */}
      <div
        aria-hidden="true"
        className="w-full text-xs"
        style={{ height: Math.max(180, 56 * changes.length + 100) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 40, bottom: 4, left: wide ? 28 : 52 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[0, top]}
              ticks={ranks}
              tickFormatter={labelOf}
              interval={0}
              angle={wide ? 0 : -30}
              textAnchor={wide ? "middle" : "end"}
              height={wide ? 30 : 70}
              stroke="var(--color-muted-foreground)"
            />
            <YAxis
              type="category"
              dataKey="code"
              width={44}
              stroke="var(--color-muted-foreground)"
            />
            <Legend />
            <Bar
              dataKey="first"
              name="First rating"
              fill="var(--color-muted-foreground)"
              // The lowest level is 0: a stub keeps it from reading as no rating.
              minPointSize={4}
              isAnimationActive={false}
            />
            <Bar
              dataKey="latest"
              name="Latest rating"
              fill="var(--color-primary)"
              minPointSize={4}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table scrollLabel={`Self-ratings first and latest, ${whose}`}>
        <caption className="sr-only">First and latest self-rating per indicator, {whose}</caption>
        <TableHeader>
          <TableRow>
            <TableHead>Indicator</TableHead>
            <TableHead>First rating</TableHead>
            <TableHead>Latest rating</TableHead>
            <TableHead>Change</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={change.indicatorId}>
              <TableCell>
                <span className="text-muted-foreground">{change.code}</span> {change.title}
              </TableCell>
              <TableCell>
                {labelOf(change.first.rank)}
                <span className="block text-xs text-muted-foreground">
                  <time dateTime={change.first.on}>{formatDay(change.first.on)}</time>,{" "}
                  {momentWords[change.first.moment]}
                </span>
              </TableCell>
              <TableCell>
                {change.latest ? (
                  <>
                    {labelOf(change.latest.rank)}
                    <span className="block text-xs text-muted-foreground">
                      <time dateTime={change.latest.on}>{formatDay(change.latest.on)}</time>,{" "}
                      {momentWords[change.latest.moment]}
                    </span>
                  </>
                ) : (
                  "—"
                )}
              </TableCell>
              <TableCell>{changeWords(change)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
