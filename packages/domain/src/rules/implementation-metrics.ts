/*
 * The implementation dashboard's arithmetic, kept pure so the numbers a principal reads are the
 * numbers the tests check. Every figure is computed the same way at each level (district,
 * school, team, teacher); only the set of teachers changes.
 */

const DAY_MS = 86_400_000;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return medianOfCounts(counts);
}

/** How many times each value occurs: [value, count] pairs, a value may repeat. */
type ValueCounts = Iterable<readonly [value: number, count: number]>;

/**
 * The median of values given as counts ([3, 120] is 3 a hundred and twenty times), so a figure
 * pooled over 20,000 teachers needs only each teacher's distinct values, not every one. The one
 * definition of the median: `median` counts its values and calls this.
 */
export function medianOfCounts(counts: ValueCounts): number | null {
  const merged = new Map<number, number>();
  let total = 0;
  for (const [value, count] of counts) {
    if (count <= 0) continue;
    merged.set(value, (merged.get(value) ?? 0) + count);
    total += count;
  }
  if (total === 0) return null;
  const ordered = [...merged.entries()].sort((a, b) => a[0] - b[0]);
  // The values at 0-based positions `lower` and `upper` of the sorted list (equal for an odd count).
  const upper = Math.floor(total / 2);
  const lower = total % 2 === 1 ? upper : upper - 1;
  let seen = 0;
  let lowerValue: number | null = null;
  for (const [value, count] of ordered) {
    seen += count;
    lowerValue ??= seen > lower ? value : null;
    if (seen > upper) return total % 2 === 1 ? value : ((lowerValue ?? value) + value) / 2;
  }
  return null;
}

export interface Bucket {
  /** "0–4", "5–9", …, "20+": how the chart's axis and the table read it. */
  label: string;
  from: number;
  /** Exclusive; null for the open last bucket. */
  to: number | null;
  count: number;
}

/**
 * Counts values into buckets at the given edges: edges [0, 5, 10] make 0–4, 5–9 and 10+
 * (for whole numbers; a value below the first edge counts in the first bucket).
 */
export function distribution(values: readonly number[], edges: readonly number[]): Bucket[] {
  const buckets: Bucket[] = edges.map((from, index) => {
    const to = edges[index + 1] ?? null;
    const label = to === null ? `${from}+` : to - from === 1 ? `${from}` : `${from}–${to - 1}`;
    return { label, from, to, count: 0 };
  });
  for (const value of values) {
    const index = buckets.findLastIndex((bucket) => value >= bucket.from);
    const bucket = buckets[Math.max(index, 0)];
    if (bucket) bucket.count += 1;
  }
  return buckets;
}

/** One teacher's MicroPD sessions: when each was opened and, if done, completed. */
interface SessionTimes {
  startedAt: Date;
  completedAt: Date | null;
}

/**
 * The waits, in whole days, between finishing one session and opening the next one, for one
 * teacher. The dashboard counts them in SQL (`loadSessionSummaries` in the db package, tested
 * against this rule), so the rows of half a million sessions never reach the server. "Teachers should not wait long for the next piece": a long wait is where sustained
 * PD stalls. Sessions opened before the previous one was finished (working ahead) wait 0 days.
 */
export function waitsBetweenSessions(sessions: readonly SessionTimes[]): number[] {
  // Sessions opened at the same moment are ordered by when they were finished (unfinished
  // last), so the waits never depend on the order the rows arrived in.
  const finishedAt = (session: SessionTimes) => session.completedAt?.getTime() ?? Infinity;
  const ordered = [...sessions].sort(
    (a, b) => a.startedAt.getTime() - b.startedAt.getTime() || finishedAt(a) - finishedAt(b),
  );
  const waits: number[] = [];
  for (let index = 0; index + 1 < ordered.length; index++) {
    const finished = ordered[index]?.completedAt;
    const next = ordered[index + 1];
    if (!finished || !next) continue;
    const days = Math.floor((next.startedAt.getTime() - finished.getTime()) / DAY_MS);
    waits.push(Math.max(0, days));
  }
  return waits;
}

export type StageState = "enrolled" | "in_progress" | "complete";

interface FunnelRow {
  stageId: string;
  enrolled: number;
  inProgress: number;
  complete: number;
}

/**
 * Per stage, how many teachers are enrolled but have not begun, are in progress, or are
 * complete; every teacher counts once per stage they are enrolled in. Stages keep the order
 * given, and a stage nobody is in still shows, with zeros.
 */
export function stageFunnel(
  stageIds: readonly string[],
  placements: readonly { stageId: string; state: StageState }[],
): FunnelRow[] {
  const rows = new Map<string, FunnelRow>(
    stageIds.map((stageId) => [stageId, { stageId, enrolled: 0, inProgress: 0, complete: 0 }]),
  );
  for (const placement of placements) {
    const row = rows.get(placement.stageId);
    if (!row) continue;
    if (placement.state === "enrolled") row.enrolled += 1;
    else if (placement.state === "in_progress") row.inProgress += 1;
    else row.complete += 1;
  }
  return [...rows.values()];
}

/** A share as a whole percentage, or null when there is nothing to share out. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
