/**
 * The principal's school view of walkthrough data: an indicator × team heatmap of levels and the
 * number of visits each teacher had. Only published walkthroughs feed it (coaching observations
 * are non-evaluative and never reach a principal's aggregate); the query that loads the rows is
 * responsible for that, this rule for the arithmetic and for not singling anyone out.
 *
 * Why the median: the scale is ordinal (Not yet observed < Beginning < Developing < Proficient),
 * not an interval scale, so a mean such as 2.4 has no meaning and cannot be named as a level.
 * The median is always a level of the scale. With an even number of teachers whose two middle
 * levels differ, the lower one is taken, so a cell never claims more than half the teachers
 * reached.
 *
 * Each teacher counts once per cell, with their latest level for that indicator in the period:
 * a teacher visited five times must not outweigh one visited once.
 */

/** Fewer distinct teachers than this and a cell is withheld, so it cannot describe one person. */
export const MINIMUM_TEACHERS_PER_CELL = 3;

/** Stands for "every teacher of the school", whichever teams they are on. */
export const WHOLE_SCHOOL = "whole-school";

interface HeatmapPeriod {
  /** Inclusive calendar days, "2026-09-01". */
  from: string;
  to: string;
}

/** One rated indicator of one published walkthrough, once per team the teacher is on. */
export interface WalkthroughRatingRow {
  teacherId: string;
  /** A team of the school, or `WHOLE_SCHOOL`. */
  teamId: string;
  indicatorId: string;
  rank: number;
  /** The day of the walkthrough. */
  on: string;
}

export interface ScaleLevel {
  rank: number;
  label: string;
}

export type HeatmapCell =
  | { teamId: string; state: "shown"; level: ScaleLevel; teacherCount: number }
  /** Rated for 1 or 2 teachers: neither the level nor the count is given. */
  | { teamId: string; state: "withheld" }
  | { teamId: string; state: "empty" };

export interface HeatmapRow {
  indicatorId: string;
  cells: HeatmapCell[];
}

function inPeriod(on: string, period: HeatmapPeriod): boolean {
  // ISO calendar days compare correctly as strings.
  return on >= period.from && on <= period.to;
}

/** The lower median of ranks (see the file comment for why). */
export function lowerMedian(ranks: readonly number[]): number | null {
  if (ranks.length === 0) return null;
  const sorted = [...ranks].sort((a, b) => a - b);
  const middle = Math.floor((sorted.length - 1) / 2);
  return sorted[middle] ?? null;
}

/** Each teacher's latest rank for one cell (ties on the same day: the lower rank). */
function latestRankPerTeacher(rows: readonly WalkthroughRatingRow[]): number[] {
  const latest = new Map<string, { on: string; rank: number }>();
  for (const row of rows) {
    const seen = latest.get(row.teacherId);
    if (!seen || row.on > seen.on || (row.on === seen.on && row.rank < seen.rank)) {
      latest.set(row.teacherId, { on: row.on, rank: row.rank });
    }
  }
  return [...latest.values()].map((entry) => entry.rank);
}

function cellFor(
  teamId: string,
  rows: readonly WalkthroughRatingRow[],
  levels: readonly ScaleLevel[],
): HeatmapCell {
  const ranks = latestRankPerTeacher(rows);
  if (ranks.length === 0) return { teamId, state: "empty" };
  if (ranks.length < MINIMUM_TEACHERS_PER_CELL) return { teamId, state: "withheld" };
  const median = lowerMedian(ranks) ?? 0;
  const level = levels.find((entry) => entry.rank === median) ?? {
    rank: median,
    label: `Level ${median}`,
  };
  return { teamId, state: "shown", level, teacherCount: ranks.length };
}

/**
 * The heatmap: one row per indicator, one cell per team (in the order given). A teacher on two
 * teams counts in both teams' cells, since each column describes that team's members; the
 * whole-school column counts them once.
 */
export function walkthroughHeatmap(input: {
  indicatorIds: readonly string[];
  teamIds: readonly string[];
  levels: readonly ScaleLevel[];
  ratings: readonly WalkthroughRatingRow[];
  period: HeatmapPeriod;
}): HeatmapRow[] {
  const byCell = new Map<string, WalkthroughRatingRow[]>();
  for (const row of input.ratings) {
    if (!inPeriod(row.on, input.period)) continue;
    const key = `${row.indicatorId}|${row.teamId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), row]);
  }
  return input.indicatorIds.map((indicatorId) => ({
    indicatorId,
    cells: input.teamIds.map((teamId) =>
      cellFor(teamId, byCell.get(`${indicatorId}|${teamId}`) ?? [], input.levels),
    ),
  }));
}

/** Whether the aggregate behind a drill-down covers enough teachers to be shown. */
export function coversEnoughTeachers(teacherIds: Iterable<string>): boolean {
  return new Set(teacherIds).size >= MINIMUM_TEACHERS_PER_CELL;
}

interface WalkthroughVisit {
  observationId: string;
  teacherId: string;
  on: string;
}

export interface TeacherVisits {
  teacherId: string;
  name: string;
  visits: number;
  lastVisitOn: string | null;
}

/**
 * Visits per teacher in the period, every teacher of the school included (zero visits too),
 * fewest first so the teachers nobody has seen come to the top; then the longest since a visit
 * (never visited first), then by name.
 */
export function walkthroughVisitCounts(input: {
  teachers: readonly { id: string; name: string }[];
  visits: readonly WalkthroughVisit[];
  period: HeatmapPeriod;
}): TeacherVisits[] {
  const counted = new Map<string, { visits: Set<string>; last: string | null }>();
  for (const teacher of input.teachers) counted.set(teacher.id, { visits: new Set(), last: null });
  for (const visit of input.visits) {
    const entry = counted.get(visit.teacherId);
    if (!entry || !inPeriod(visit.on, input.period)) continue;
    entry.visits.add(visit.observationId);
    if (entry.last === null || visit.on > entry.last) entry.last = visit.on;
  }
  return input.teachers
    .map((teacher) => {
      const entry = counted.get(teacher.id);
      return {
        teacherId: teacher.id,
        name: teacher.name,
        visits: entry?.visits.size ?? 0,
        lastVisitOn: entry?.last ?? null,
      };
    })
    .sort(
      (a, b) =>
        a.visits - b.visits ||
        (a.lastVisitOn ?? "").localeCompare(b.lastVisitOn ?? "") ||
        a.name.localeCompare(b.name),
    );
}
