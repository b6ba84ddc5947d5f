import type { Usefulness, WillUse } from "../session-feedback.ts";

/*
 * What a framework author reads about a MicroPD session (and what the PD impact report reads
 * about any item): how long it takes, how useful teachers found it, whether they will use it,
 * their comments once enough answered that no comment can be tied to a person, and whether the
 * session should be revised. Every figure is computed here from counts the database returns.
 */

/** A count per value, e.g. how many completions took 12 minutes. */
export type ValueCounts = ReadonlyArray<{ value: number; count: number }>;

/**
 * The median of values given as counts per value, or null when there are none. With an even
 * number of values it is the mean of the middle two, rounded to one decimal.
 */
export function medianOfCounts(counts: ValueCounts): number | null {
  const sorted = counts.filter((entry) => entry.count > 0).toSorted((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const entry of sorted) {
      seen += entry.count;
      if (index < seen) return entry.value;
    }
    // Unreachable: index < total.
    return Number.NaN;
  };
  const middle = Math.floor(total / 2);
  const median = total % 2 === 1 ? valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2;
  return Math.round(median * 10) / 10;
}

/**
 * A completion's minutes count toward the median only when the teacher finished within one
 * sitting of starting: the time from first opening to completing is elapsed time, and a session
 * left open overnight says nothing about how long it takes.
 */
export const longestSittingMinutes = 120;

/** Minutes from start to completion if they fit one sitting, else null (not counted). */
export function sittingMinutes(startedAt: Date, completedAt: Date): number | null {
  const minutes = Math.round((completedAt.getTime() - startedAt.getTime()) / 60_000);
  return minutes >= 1 && minutes <= longestSittingMinutes ? minutes : null;
}

interface UsefulnessShare {
  level: Usefulness;
  count: number;
  /** Whole percent of the answers to this question. */
  percent: number;
}

/** How the answers spread over the four levels, every level listed (zero when none). */
export function usefulnessDistribution(counts: ValueCounts): UsefulnessShare[] {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return ([1, 2, 3, 4] as const).map((level) => {
    const count = counts
      .filter((entry) => entry.value === level)
      .reduce((sum, entry) => sum + entry.count, 0);
    return { level, count, percent: total === 0 ? 0 : Math.round((count / total) * 100) };
  });
}

/** The mean usefulness to one decimal, or null when nobody answered the question. */
export function meanUsefulness(counts: ValueCounts): number | null {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const sum = counts.reduce((acc, entry) => acc + entry.value * entry.count, 0);
  return Math.round((sum / total) * 10) / 10;
}

/** Whole percent of will-use answers that were "yes", or null when nobody answered it. */
export function willUseSharePercent(willUse: Readonly<Record<WillUse, number>>): number | null {
  const total = willUse.yes + willUse.not_yet + willUse.no;
  return total === 0 ? null : Math.round((willUse.yes / total) * 100);
}

/**
 * Comments are shown to the author only when at least this many teachers responded on the item,
 * and never with a name or a date, so a comment cannot be tied to the one teacher who wrote it.
 */
export const commentsMinResponses = 3;

export function commentsVisible(responses: number): boolean {
  return responses >= commentsMinResponses;
}

/**
 * A session is flagged for revision when at least `minResponses` teachers rated it and their
 * mean usefulness is below `belowMean` (on the 1–4 scale: under "useful" on average).
 */
export const revisionFlagRule = { minResponses: 5, belowMean: 2.5 } as const;

type RevisionFlag = { flagged: false } | { flagged: true; reason: string };

export function revisionFlag(
  counts: ValueCounts,
  rule: { minResponses: number; belowMean: number } = revisionFlagRule,
): RevisionFlag {
  const rated = counts.reduce((sum, entry) => sum + entry.count, 0);
  const mean = meanUsefulness(counts);
  if (mean === null || rated < rule.minResponses || mean >= rule.belowMean) {
    return { flagged: false };
  }
  return {
    flagged: true,
    reason: `Rated ${mean.toFixed(1)} of 4 on average by ${rated} teachers (below ${rule.belowMean.toFixed(1)})`,
  };
}
