import type { ImpactGrouping, IndicatorGroupChangeRow } from "../impact-report.ts";
import {
  type ImpactEnrolmentFact,
  indicatorChange,
  type LevelSpan,
  teachersByGroup,
} from "./impact-figures.ts";
import { withheldGroups } from "./small-group.ts";

/*
 * Level change per indicator split by the report's groups (school, cohort or stage), so the
 * report answers "by cohort, school and stage" for practice as it does for participation. A
 * teacher counts in every group they are enrolled in; the total counts each teacher once.
 */

/** Teachers with two days or more of levels on the indicator: the ones a change is read from. */
function measuredTeachers(spans: readonly LevelSpan[]): number {
  return new Set(spans.filter((span) => span.days >= 2).map((span) => span.personId)).size;
}

/**
 * One row per indicator anyone was measured on (as `indicatorChanges` lists them), each with
 * the groups of the breakdown that had anyone measured on it. Per indicator, groups with fewer
 * than three teachers measured are withheld — and, when only one is, the next smallest too, so
 * it cannot be read off the total — the rule the participation breakdown follows.
 */
export function indicatorChangesByGroup(
  groups: readonly { key: string; label: string }[],
  enrolments: readonly ImpactEnrolmentFact[],
  spans: readonly LevelSpan[],
  indicators: readonly { id: string; label: string }[],
  by: ImpactGrouping,
): IndicatorGroupChangeRow[] {
  const peopleOf = teachersByGroup(enrolments, by);
  // Each indicator's spans by teacher, so a group reads its own teachers' spans rather than
  // filtering every span once per group (400 schools × 20,000 teachers × 12 indicators).
  const spansOf = new Map<string, Map<string, LevelSpan>>();
  for (const span of spans) {
    const byPerson = spansOf.get(span.indicatorId) ?? new Map<string, LevelSpan>();
    byPerson.set(span.personId, span);
    spansOf.set(span.indicatorId, byPerson);
  }
  return indicators.flatMap((indicator) => {
    const byPerson = spansOf.get(indicator.id);
    if (!byPerson) return [];
    const measuredGroups = groups.flatMap((group) => {
      const groupSpans: LevelSpan[] = [];
      for (const personId of peopleOf.get(group.key) ?? []) {
        const span = byPerson.get(personId);
        if (span) groupSpans.push(span);
      }
      return measuredTeachers(groupSpans) === 0 ? [] : [{ ...group, spans: groupSpans }];
    });
    const withheld = withheldGroups(measuredGroups.map((group) => measuredTeachers(group.spans)));
    return [
      {
        indicatorId: indicator.id,
        label: indicator.label,
        groups: measuredGroups.map((group, index) => ({
          key: group.key,
          label: group.label,
          result: withheld.has(index) ? { withheld: true as const } : indicatorChange(group.spans),
        })),
        total: indicatorChange([...byPerson.values()]),
      },
    ];
  });
}
