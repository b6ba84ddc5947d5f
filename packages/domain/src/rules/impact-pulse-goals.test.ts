import { describe, expect, test } from "vitest";
import type { ImpactEnrolmentFact } from "./impact-figures.ts";
import {
  feedbackBreakdown,
  feedbackFigures,
  goalsAsOf,
  type ImpactFeedbackFact,
  type ImpactGoalFact,
} from "./impact-pulse-goals.ts";

function pulse(personId: string, answers: Partial<ImpactFeedbackFact> = {}): ImpactFeedbackFact {
  return {
    personId,
    answered: 1,
    usefulnessSum: 3,
    useful: 1,
    willUseAnswered: 1,
    willUseYes: 1,
    skipped: 0,
    ...answers,
  };
}

describe("feedbackFigures", () => {
  test.each<{ name: string; answers: ImpactFeedbackFact[]; expected: object }>([
    {
      name: "means and shares over every answer",
      answers: [
        pulse("a", { answered: 2, usefulnessSum: 7, useful: 2, willUseAnswered: 2, willUseYes: 1 }),
        pulse("b", { answered: 1, usefulnessSum: 1, useful: 0, willUseAnswered: 1, willUseYes: 0 }),
        pulse("c", { skipped: 2 }),
      ],
      expected: {
        respondents: 3,
        responses: 4,
        meanUsefulness: 2.8,
        usefulPercent: 75,
        willUsePercent: 50,
        skipped: 2,
      },
    },
    {
      name: "a teacher who answered only 'will use' adds no usefulness",
      answers: [pulse("a", { answered: 0, usefulnessSum: 0, useful: 0 })],
      expected: {
        respondents: 1,
        responses: 0,
        meanUsefulness: 0,
        usefulPercent: 0,
        willUsePercent: 100,
        skipped: 0,
      },
    },
  ])("$name", ({ answers, expected }) => {
    expect(feedbackFigures(answers)).toEqual(expected);
  });
});

const school = (id: string) => ({ id, name: id });
const stage = { id: "stage-1", title: "Lessons", position: 1 };
function enrolled(personId: string, schoolId: string): ImpactEnrolmentFact {
  return {
    personId,
    school: school(schoolId),
    stage,
    cohort: { id: `cohort-${schoolId}`, name: schoolId },
    completed: false,
  };
}

describe("feedbackBreakdown", () => {
  const enrolments = ["a", "b", "c", "d"]
    .map((id) => enrolled(id, "north"))
    .concat(["e", "f", "g"].map((id) => enrolled(id, "south")))
    .concat([enrolled("h", "west")]);
  const groups = [
    { key: "north", label: "North" },
    { key: "south", label: "South" },
    { key: "west", label: "West" },
  ];

  test.each<{ name: string; feedback: ImpactFeedbackFact[]; shown: string[] }>([
    {
      name: "groups with three respondents or more are shown",
      feedback: ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => pulse(id)),
      // West has one respondent: withheld, and the next smallest (South) with it.
      shown: ["North"],
    },
    {
      name: "teachers who only skipped are not respondents",
      feedback: [
        ...["a", "b"].map((id) => pulse(id)),
        pulse("c", { answered: 0, willUseAnswered: 0 }),
      ],
      shown: [],
    },
  ])("$name", ({ feedback, shown }) => {
    const result = feedbackBreakdown(groups, enrolments, feedback, "school");
    expect(result.groups.filter((row) => !row.result.withheld).map((row) => row.label)).toEqual(
      shown,
    );
  });

  test("the total counts every respondent once and is withheld under three", () => {
    const all = feedbackBreakdown(
      groups,
      enrolments,
      ["a", "e", "h"].map((id) => pulse(id)),
      "school",
    );
    expect(all.total.result.withheld ? null : all.total.result.figures.respondents).toBe(3);
    const two = feedbackBreakdown(
      groups,
      enrolments,
      ["a", "e"].map((id) => pulse(id)),
      "school",
    );
    expect(two.total.result).toEqual({ withheld: true });
  });
});

function goal(goalId: string, fields: Partial<ImpactGoalFact> = {}): ImpactGoalFact {
  return {
    goalId,
    teamName: `Team ${goalId}`,
    schoolName: "North",
    members: 4,
    measure: "Share of grade-7 students proficient",
    unit: "percent",
    baselineValue: 40,
    targetValue: 60,
    startsOn: "2026-09-01",
    targetOn: "2027-05-01",
    measures: [],
    ...fields,
  };
}

describe("goalsAsOf", () => {
  const period = { from: "2026-08-01", to: "2027-01-31" };
  test.each<{ name: string; fact: ImpactGoalFact; expected: string | null }>([
    { name: "no measure yet", fact: goal("a"), expected: "not_measured" },
    {
      name: "on the planned line",
      fact: goal("b", { measures: [{ on: "2027-01-05", value: 49 }] }),
      expected: "on_track",
    },
    {
      name: "behind the line",
      fact: goal("c", { measures: [{ on: "2027-01-05", value: 41 }] }),
      expected: "off_track",
    },
    {
      name: "a measure after the period is not read",
      fact: goal("d", {
        measures: [
          { on: "2027-01-05", value: 41 },
          { on: "2027-03-01", value: 61 },
        ],
      }),
      expected: "off_track",
    },
    { name: "a team of two teachers is withheld", fact: goal("e", { members: 2 }), expected: null },
  ])("$name", ({ fact, expected }) => {
    const { rows, counts } = goalsAsOf([fact], period);
    const result = rows[0]?.result;
    expect(!result || result.withheld ? null : result.figures.status).toBe(expected);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(expected === null ? 0 : 1);
  });

  test("goals outside the period are left out; counts add up by status", () => {
    const { rows, counts } = goalsAsOf(
      [
        goal("a"),
        goal("b", { measures: [{ on: "2026-12-01", value: 70 }] }),
        goal("old", { startsOn: "2025-09-01", targetOn: "2026-05-01" }),
        goal("later", { startsOn: "2027-03-01", targetOn: "2027-06-01" }),
      ],
      period,
    );
    expect(rows.map((row) => row.key)).toEqual(["a", "b"]);
    expect(counts).toEqual({ on_track: 0, met: 1, off_track: 0, not_measured: 1 });
    expect(rows[1]?.label).toBe("Team b (North)");
  });
});
