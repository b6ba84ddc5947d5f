import { describe, expect, it } from "vitest";
import type { ClassResult, TeamGoalUnit } from "../team-goal-measure.ts";
import { classResultsFromCsv, measureFromClassResults } from "./class-results.ts";

function csv(...lines: string[][]) {
  return lines.map((cells, index) => ({ line: index + 1, cells }));
}

function result(
  className: string,
  students: number,
  proficient: number | null,
  averageScore: number | null = null,
): ClassResult {
  return { className, students, proficient, averageScore };
}

describe("measureFromClassResults", () => {
  const classes = [result("7A", 20, 10, 60), result("7B", 30, 24, 80)];
  it.each<[string, TeamGoalUnit, ClassResult[], number | null]>([
    ["percent: proficient over all students, not a mean of class shares", "percent", classes, 68],
    ["count: the number proficient", "count", classes, 34],
    ["score: the mean weighted by class size", "score", classes, 72],
    ["no classes: nothing to say", "percent", [], null],
    ["only empty classes: nothing to say", "percent", [result("7C", 0, 0)], null],
    ["one decimal place", "percent", [result("7A", 3, 1)], 33.3],
  ])("%s", (_, unit, rows, expected) => {
    expect(measureFromClassResults(unit, rows)).toBe(expected);
  });
});

describe("classResultsFromCsv", () => {
  it("reads classes with counts, header in any case and order", () => {
    expect(
      classResultsFromCsv(
        "percent",
        csv([" Proficient", "CLASS", "students "], ["12", "7A", "25"]),
      ),
    ).toEqual({ ok: true, results: [result("7A", 25, 12)] });
  });

  it("reads a score file's averages", () => {
    expect(
      classResultsFromCsv(
        "score",
        csv(["class", "students", "average_score"], ["7A", "20", "71.5"]),
      ),
    ).toEqual({ ok: true, results: [result("7A", 20, null, 71.5)] });
  });

  it.each<[string, string[][], RegExp]>([
    [
      "a student name column",
      [["class", "student_name", "students", "proficient"]],
      /'student_name' looks like it holds student names/,
    ],
    [
      "a first name column",
      [["class", "First Name", "students", "proficient"]],
      /'first name' looks like/,
    ],
    ["a student column", [["class", "student", "proficient"]], /'student' looks like/],
    [
      "a student id column",
      [["class", "student id", "students", "proficient"]],
      /'student id' looks like/,
    ],
    ["an email column", [["class", "email", "students", "proficient"]], /'email' looks like/],
    ["an unknown column", [["class", "students", "proficient", "teacher"]], /'teacher' is not one/],
    ["a missing column", [["class", "students"]], /Missing column 'proficient'/],
    ["no classes", [["class", "students", "proficient"]], /no classes/],
    ["an empty file", [], /empty/],
    [
      "proficient above students",
      [
        ["class", "students", "proficient"],
        ["7A", "20", "21"],
      ],
      /Line 2: proficient/,
    ],
    [
      "students not a count",
      [
        ["class", "students", "proficient"],
        ["7A", "twenty", "2"],
      ],
      /Line 2: students/,
    ],
    [
      "a class without a name",
      [
        ["class", "students", "proficient"],
        ["", "20", "2"],
      ],
      /Line 2: the class is missing/,
    ],
  ])("refuses %s and says why", (_, lines, message) => {
    const parsed = classResultsFromCsv("percent", csv(...lines));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
