import { describe, expect, test } from "vitest";
import type { ImpactGrouping, IndicatorGroupChangeRow } from "../impact-report.ts";
import type { ImpactEnrolmentFact, LevelSpan } from "./impact-figures.ts";
import { indicatorChangesByGroup } from "./impact-indicator-groups.ts";

const north = { id: "school-n", name: "North Middle" };
const south = { id: "school-s", name: "South Elementary" };
const stage1 = { id: "stage-1", title: "Learning-Focused Lessons", position: 1 };
const stage2 = { id: "stage-2", title: "Rigor", position: 2 };
const n1 = { school: north, stage: stage1, cohort: { id: "cohort-n1", name: "North 1" } };
const n2 = { school: north, stage: stage2, cohort: { id: "cohort-n2", name: "North 2" } };
const s1 = { school: south, stage: stage1, cohort: { id: "cohort-s1", name: "South 1" } };

function enrolled(personId: string, where: typeof n1): ImpactEnrolmentFact {
  return { personId, ...where, completed: false };
}

/** Each of `people` enrolled in the same cohort. */
function enrolledAll(people: string[], where: typeof n1): ImpactEnrolmentFact[] {
  return people.map((personId) => enrolled(personId, where));
}

function span(personId: string, firstRank: number, lastRank: number, days = 2): LevelSpan {
  return { personId, indicatorId: "ind-1", firstRank, lastRank, days };
}

const indicators = [
  { id: "ind-1", label: "Summarizing" },
  { id: "ind-2", label: "Vocabulary" },
];
const northGroup = { key: "school-n", label: "North Middle" };
const southGroup = { key: "school-s", label: "South Elementary" };
const schools = [northGroup, southGroup];
const stage1Group = { key: "stage-1", label: "Stage 1: Learning-Focused Lessons" };
const stage2Group = { key: "stage-2", label: "Stage 2: Rigor" };
const stages = [stage1Group, stage2Group];

const shown = (
  measured: number,
  firstMean: number,
  lastMean: number,
  change: number,
  improved: number,
) => ({ withheld: false as const, figures: { measured, firstMean, lastMean, change, improved } });
const withheld = { withheld: true as const };
type Result = ReturnType<typeof shown> | typeof withheld;

/** The Summarizing row: each group listed with its result, and the total over everyone. */
function summarizing(
  groups: [{ key: string; label: string }, Result][],
  total: Result,
): IndicatorGroupChangeRow {
  return {
    indicatorId: "ind-1",
    label: "Summarizing",
    groups: groups.map(([group, result]) => ({ ...group, result })),
    total,
  };
}

/** The same first and last rank for each of `people`. */
function spansOf(people: string[], firstRank: number, lastRank: number): LevelSpan[] {
  return people.map((personId) => span(personId, firstRank, lastRank));
}

describe("indicatorChangesByGroup", () => {
  test.each<{
    name: string;
    groups: { key: string; label: string }[];
    by: ImpactGrouping;
    enrolments: ImpactEnrolmentFact[];
    spans: LevelSpan[];
    expected: IndicatorGroupChangeRow[];
  }>([
    {
      name: "two schools of three measured each: both shown, the total over all six",
      groups: schools,
      by: "school",
      enrolments: [...enrolledAll(["a", "b", "c"], n1), ...enrolledAll(["d", "e", "f"], s1)],
      spans: [...spansOf(["a", "b", "c"], 0, 1), span("d", 1, 1), span("e", 1, 2), span("f", 2, 3)],
      expected: [
        summarizing(
          [
            [northGroup, shown(3, 0, 1, 1, 3)],
            [southGroup, shown(3, 1.3, 2, 0.7, 2)],
          ],
          shown(6, 0.7, 1.5, 0.8, 5),
        ),
      ],
    },
    {
      name: "a lone small group is withheld with the next smallest, the total still shown",
      groups: schools,
      by: "school",
      enrolments: [...enrolledAll(["a", "b", "c", "d"], n1), ...enrolledAll(["e", "f", "g"], s1)],
      spans: [
        ...spansOf(["a", "b", "c", "d"], 0, 1),
        ...spansOf(["e", "f"], 1, 2),
        span("g", 1, 2, 1),
      ],
      expected: [
        summarizing(
          [
            [northGroup, withheld],
            [southGroup, withheld],
          ],
          shown(6, 0.3, 1.3, 1, 6),
        ),
      ],
    },
    {
      name: "a group with nobody measured twice is not listed",
      groups: stages,
      by: "stage",
      enrolments: [enrolled("a", n1), enrolled("b", n1), enrolled("c", s1), enrolled("d", n2)],
      spans: [span("a", 0, 2), span("b", 1, 1), span("c", 1, 3), span("d", 2, 2, 1)],
      expected: [summarizing([[stage1Group, shown(3, 0.7, 2, 1.3, 2)]], shown(3, 0.7, 2, 1.3, 2))],
    },
    {
      name: "a teacher in two stages counts in both, the total once",
      groups: stages,
      by: "stage",
      enrolments: [...enrolledAll(["a", "b", "c"], n1), ...enrolledAll(["c", "d", "e"], n2)],
      spans: [span("a", 0, 1), span("b", 0, 1), span("c", 0, 2), span("d", 2, 2), span("e", 2, 3)],
      expected: [
        summarizing(
          [
            [stage1Group, shown(3, 0, 1.3, 1.3, 3)],
            [stage2Group, shown(3, 1.3, 2.3, 1, 2)],
          ],
          shown(5, 0.8, 1.8, 1, 4),
        ),
      ],
    },
    {
      name: "nobody measured on any indicator: no rows",
      groups: schools,
      by: "school",
      enrolments: [enrolled("a", n1)],
      spans: [],
      expected: [],
    },
  ])("$name", ({ groups, by, enrolments, spans, expected }) => {
    expect(indicatorChangesByGroup(groups, enrolments, spans, indicators, by)).toEqual(expected);
  });
});
