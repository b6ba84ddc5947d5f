import { describe, expect, test } from "vitest";
import {
  activeWindowStart,
  groupFigures,
  type ImpactEnrolmentFact,
  type ImpactTeacherFact,
  impactBreakdown,
  indicatorChange,
  indicatorChanges,
  type LevelSpan,
} from "./impact-figures.ts";

const north = { id: "school-n", name: "North Middle" };
const south = { id: "school-s", name: "South Elementary" };
const stage1 = { id: "stage-1", title: "Learning-Focused Lessons", position: 1 };
const stage2 = { id: "stage-2", title: "Rigor", position: 2 };
const cohortN1 = { id: "cohort-n1", name: "North stage 1" };
const cohortN2 = { id: "cohort-n2", name: "North stage 2" };
const cohortS1 = { id: "cohort-s1", name: "South stage 1" };

function enrolled(
  personId: string,
  where: { school: typeof north; stage: typeof stage1; cohort: typeof cohortN1 },
  completed = false,
): ImpactEnrolmentFact {
  return { personId, ...where, completed };
}

const n1 = { school: north, stage: stage1, cohort: cohortN1 };
const n2 = { school: north, stage: stage2, cohort: cohortN2 };
const s1 = { school: south, stage: stage1, cohort: cohortS1 };

function teacher(personId: string, tenths: number, lastActiveOn: string | null): ImpactTeacherFact {
  return { personId, tenths, lastActiveOn };
}

describe("activeWindowStart", () => {
  test.each([
    ["2026-12-31", "2026-12-02"],
    ["2026-03-01", "2026-01-31"],
    ["2024-03-01", "2024-02-01"],
  ])("30 days ending %s start %s", (to, from) => {
    expect(activeWindowStart(to)).toBe(from);
  });
});

describe("groupFigures", () => {
  const teachers = new Map(
    [
      teacher("ana", 15, "2026-12-20"),
      teacher("ben", 7, "2026-11-01"),
      teacher("cal", 0, null),
      teacher("dee", 12, "2026-12-02"),
    ].map((fact) => [fact.personId, fact]),
  );
  test.each<{
    name: string;
    enrolments: ImpactEnrolmentFact[];
    expected: ReturnType<typeof groupFigures>;
  }>([
    {
      name: "counts each teacher once, active on the window's first day included",
      enrolments: [
        enrolled("ana", n1, true),
        enrolled("ana", n2),
        enrolled("ben", n1),
        enrolled("dee", n1, true),
      ],
      expected: { enrolled: 3, active: 2, completed: 2, pdHours: 3.4, hoursPerTeacher: 1.1 },
    },
    {
      name: "a teacher with no activity is enrolled, not active, and adds no hours",
      enrolments: [enrolled("cal", s1), enrolled("ben", s1), enrolled("ana", s1)],
      expected: { enrolled: 3, active: 1, completed: 0, pdHours: 2.2, hoursPerTeacher: 0.7 },
    },
    {
      name: "an empty group",
      enrolments: [],
      expected: { enrolled: 0, active: 0, completed: 0, pdHours: 0, hoursPerTeacher: 0 },
    },
  ])("$name", ({ enrolments, expected }) => {
    expect(groupFigures(enrolments, teachers, "2026-12-02")).toEqual(expected);
  });
});

describe("impactBreakdown", () => {
  const enrolments = [
    enrolled("ana", n1, true),
    enrolled("ben", n1),
    enrolled("cal", n1),
    enrolled("ana", n2),
    enrolled("dee", s1),
    enrolled("eve", s1),
    enrolled("fay", s1, true),
    enrolled("gus", s1),
  ];
  const facts = [
    teacher("ana", 20, "2026-12-20"),
    teacher("ben", 10, "2026-10-01"),
    teacher("dee", 5, "2026-12-30"),
    teacher("fay", 30, "2026-12-15"),
  ];

  test.each<{ by: "school" | "stage" | "cohort"; rows: [string, number | "withheld"][] }>([
    {
      by: "school",
      rows: [
        ["North Middle", 3],
        ["South Elementary", 4],
      ],
    },
    {
      // Two groups, one small: the other is withheld too, or the total would give it away.
      by: "stage",
      rows: [
        ["Stage 1: Learning-Focused Lessons", "withheld"],
        ["Stage 2: Rigor", "withheld"],
      ],
    },
    {
      // One small cohort (North stage 2, one teacher) takes the next smallest with it.
      by: "cohort",
      rows: [
        ["North stage 1 (North Middle)", "withheld"],
        ["North stage 2 (North Middle)", "withheld"],
        ["South stage 1 (South Elementary)", 4],
      ],
    },
  ])("by $by: groups of fewer than 3 teachers are withheld", ({ by, rows }) => {
    const { groups } = impactBreakdown(enrolments, facts, by, "2026-12-02");
    expect(
      groups.map((group) => [
        group.label,
        group.result.withheld ? "withheld" : group.result.figures.enrolled,
      ]),
    ).toEqual(rows);
  });

  test("a withheld group carries no number at all", () => {
    const { groups } = impactBreakdown(enrolments, facts, "stage", "2026-12-02");
    expect(groups[1]).toEqual({
      key: "stage-2",
      label: "Stage 2: Rigor",
      result: { withheld: true },
    });
  });

  test("the total counts every teacher once, whatever the grouping", () => {
    for (const by of ["school", "stage", "cohort"] as const) {
      const { total } = impactBreakdown(enrolments, facts, by, "2026-12-02");
      expect(total.result).toEqual({
        withheld: false,
        figures: { enrolled: 7, active: 3, completed: 2, pdHours: 6.5, hoursPerTeacher: 0.9 },
      });
    }
  });

  test("a selection of two teachers withholds its total too", () => {
    const { groups, total } = impactBreakdown(
      [enrolled("ana", n1), enrolled("ben", n1)],
      facts,
      "school",
      "2026-12-02",
    );
    expect(total.result).toEqual({ withheld: true });
    expect(groups.every((group) => group.result.withheld)).toBe(true);
  });
});

function span(
  personId: string,
  firstRank: number,
  lastRank: number,
  days = 2,
  indicatorId = "ind-1",
): LevelSpan {
  return { personId, indicatorId, firstRank, lastRank, days };
}

describe("indicatorChange", () => {
  test.each<{ name: string; spans: LevelSpan[]; expected: ReturnType<typeof indicatorChange> }>([
    {
      name: "three teachers measured twice",
      spans: [span("a", 0, 2), span("b", 1, 1), span("c", 1, 3)],
      expected: {
        withheld: false,
        figures: { measured: 3, firstMean: 0.7, lastMean: 2, change: 1.3, improved: 2 },
      },
    },
    {
      name: "a teacher seen on one day only is not measured, leaving two: withheld",
      spans: [span("a", 0, 2), span("b", 1, 1), span("c", 1, 1, 1)],
      expected: { withheld: true },
    },
    {
      name: "a fall is a negative change",
      spans: [span("a", 3, 2), span("b", 2, 1), span("c", 2, 2, 5)],
      expected: {
        withheld: false,
        figures: { measured: 3, firstMean: 2.3, lastMean: 1.7, change: -0.7, improved: 0 },
      },
    },
    { name: "nobody measured", spans: [], expected: { withheld: true } },
  ])("$name", ({ spans, expected }) => {
    expect(indicatorChange(spans)).toEqual(expected);
  });
});

describe("indicatorChanges", () => {
  test("one row per indicator anyone was measured on, in the indicators' order", () => {
    const rows = indicatorChanges(
      [
        span("a", 0, 1, 2, "ind-2"),
        span("b", 0, 1, 2, "ind-2"),
        span("c", 0, 2, 2, "ind-2"),
        span("a", 1, 1, 2, "ind-1"),
      ],
      [
        { id: "ind-1", label: "Essential question" },
        { id: "ind-2", label: "Summarizing" },
        { id: "ind-3", label: "Vocabulary" },
      ],
    );
    expect(rows).toEqual([
      { indicatorId: "ind-1", label: "Essential question", result: { withheld: true } },
      {
        indicatorId: "ind-2",
        label: "Summarizing",
        result: {
          withheld: false,
          figures: { measured: 3, firstMean: 0, lastMean: 1.3, change: 1.3, improved: 3 },
        },
      },
    ]);
  });
});
