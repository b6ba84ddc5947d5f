import type {
  GroupFigures,
  ImpactGrouping,
  ImpactGroupRow,
  IndicatorChange,
  IndicatorChangeRow,
} from "../impact-report.ts";
import { unlessSmallGroup, type Withheld, withheldGroups } from "./small-group.ts";

/*
 * The impact report's figures from the facts its summary tables hold. Each figure is one
 * function here, so the page, the CSV and the tests read the same numbers.
 */

/** Days in the "active lately" window, the period's last day included. */
const ACTIVE_WINDOW_DAYS = 30;

/** One enrolment of the selection: who, in which cohort, school and stage, and whether done. */
export interface ImpactEnrolmentFact {
  personId: string;
  cohort: { id: string; name: string };
  school: { id: string; name: string };
  stage: { id: string; title: string; position: number };
  /** The stage was completed on a day of the period (rules/stage-completion). */
  completed: boolean;
}

/** One teacher's PD time in the period, from the per-day summary. */
export interface ImpactTeacherFact {
  personId: string;
  /** Tenths of an hour, each activity rounded as its transcript line shows it. */
  tenths: number;
  /** The last day in the period with PD activity, "2026-11-21", if any. */
  lastActiveOn: string | null;
}

/** A teacher's first and last level on one indicator in the period. */
export interface LevelSpan {
  personId: string;
  indicatorId: string;
  firstRank: number;
  lastRank: number;
  /** Days with a level in the period: one day is no change to measure. */
  days: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The first day of the active window that ends on `to` ("2026-12-31" → "2026-12-02"). */
export function activeWindowStart(to: string): string {
  const end = Date.parse(`${to}T00:00:00Z`);
  return new Date(end - (ACTIVE_WINDOW_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** Participation and PD hours of one group's enrolments. */
export function groupFigures(
  enrolments: readonly ImpactEnrolmentFact[],
  teachers: ReadonlyMap<string, ImpactTeacherFact>,
  activeFrom: string,
): GroupFigures {
  const people = new Set(enrolments.map((row) => row.personId));
  const completed = new Set(enrolments.filter((row) => row.completed).map((row) => row.personId));
  let active = 0;
  let tenths = 0;
  for (const personId of people) {
    const fact = teachers.get(personId);
    if (!fact) continue;
    tenths += fact.tenths;
    if (fact.lastActiveOn !== null && fact.lastActiveOn >= activeFrom) active += 1;
  }
  const pdHours = tenths / 10;
  return {
    enrolled: people.size,
    active,
    completed: completed.size,
    pdHours,
    hoursPerTeacher: people.size === 0 ? 0 : oneDecimal(pdHours / people.size),
  };
}

const groupOf: Record<
  ImpactGrouping,
  (row: ImpactEnrolmentFact) => { key: string; label: string; order: string }
> = {
  school: (row) => ({ key: row.school.id, label: row.school.name, order: row.school.name }),
  cohort: (row) => ({
    key: row.cohort.id,
    label: `${row.cohort.name} (${row.school.name})`,
    order: `${row.cohort.name} ${row.school.name}`,
  }),
  stage: (row) => ({
    key: row.stage.id,
    label: `Stage ${row.stage.position}: ${row.stage.title}`,
    order: String(row.stage.position).padStart(4, "0"),
  }),
};

function countTeachers(enrolments: readonly ImpactEnrolmentFact[]): number {
  return new Set(enrolments.map((row) => row.personId)).size;
}

/**
 * Each group's teachers (by the breakdown's key), each once however many of the group's cohorts
 * they are in: what the by-group level changes and feedback read their teachers' facts by.
 */
export function teachersByGroup(
  enrolments: readonly ImpactEnrolmentFact[],
  by: ImpactGrouping,
): Map<string, Set<string>> {
  const teachers = new Map<string, Set<string>>();
  for (const row of enrolments) {
    const key = groupOf[by](row).key;
    const people = teachers.get(key) ?? new Set<string>();
    people.add(row.personId);
    teachers.set(key, people);
  }
  return teachers;
}

/**
 * The breakdown by school, cohort or stage, and the total over every teacher once. Groups of
 * fewer than three teachers are withheld (and, when only one is, the next smallest too, so the
 * total does not give it away); the total is withheld when the selection itself is small.
 */
export function impactBreakdown(
  enrolments: readonly ImpactEnrolmentFact[],
  teacherFacts: readonly ImpactTeacherFact[],
  by: ImpactGrouping,
  activeFrom: string,
): { groups: ImpactGroupRow[]; total: ImpactGroupRow } {
  const teachers = new Map(teacherFacts.map((fact) => [fact.personId, fact]));
  const byKey = new Map<
    string,
    { key: string; label: string; order: string; rows: ImpactEnrolmentFact[] }
  >();
  for (const row of enrolments) {
    const group = groupOf[by](row);
    const entry = byKey.get(group.key) ?? { ...group, rows: [] };
    entry.rows.push(row);
    byKey.set(group.key, entry);
  }
  const sorted = [...byKey.values()].sort(
    (a, b) => a.order.localeCompare(b.order) || a.key.localeCompare(b.key),
  );
  const withheld = withheldGroups(sorted.map((group) => countTeachers(group.rows)));
  const groups = sorted.map(
    (group, index): ImpactGroupRow => ({
      key: group.key,
      label: group.label,
      result: withheld.has(index)
        ? { withheld: true }
        : { withheld: false, figures: groupFigures(group.rows, teachers, activeFrom) },
    }),
  );
  const total: ImpactGroupRow = {
    key: "total",
    label: "All teachers",
    result: unlessSmallGroup(countTeachers(enrolments), () =>
      groupFigures(enrolments, teachers, activeFrom),
    ),
  };
  return { groups, total };
}

/** Pre → post of the teachers measured on one indicator (at least two days in the period). */
export function indicatorChange(spans: readonly LevelSpan[]): Withheld<IndicatorChange> {
  const measured = spans.filter((span) => span.days >= 2);
  return unlessSmallGroup(new Set(measured.map((span) => span.personId)).size, () => {
    const firstMean = measured.reduce((sum, span) => sum + span.firstRank, 0) / measured.length;
    const lastMean = measured.reduce((sum, span) => sum + span.lastRank, 0) / measured.length;
    return {
      measured: measured.length,
      firstMean: oneDecimal(firstMean),
      lastMean: oneDecimal(lastMean),
      change: oneDecimal(lastMean - firstMean),
      improved: measured.filter((span) => span.lastRank > span.firstRank).length,
    };
  });
}

/** One row per indicator that anyone was measured on, in the indicators' order. */
export function indicatorChanges(
  spans: readonly LevelSpan[],
  indicators: readonly { id: string; label: string }[],
): IndicatorChangeRow[] {
  return indicators.flatMap((indicator) => {
    const own = spans.filter((span) => span.indicatorId === indicator.id);
    if (own.length === 0) return [];
    return [{ indicatorId: indicator.id, label: indicator.label, result: indicatorChange(own) }];
  });
}
