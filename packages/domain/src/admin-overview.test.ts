import { describe, expect, it } from "vitest";
import {
  attentionSchoolsInputSchema,
  type OverviewSchoolCounts,
  rankSchoolsByAttention,
} from "./admin-overview.ts";

function school(
  name: string,
  flaggedTeachers: number,
  teachers: number,
  id = name,
): OverviewSchoolCounts {
  return {
    schoolId: id,
    schoolName: name,
    flaggedTeachers,
    teachers,
    flagCounts: {
      behind_on_micropd: flaggedTeachers,
      overdue_or_stuck_steps: 0,
      no_recent_meeting: 0,
      ready_for_review: 0,
      not_observed_recently: 0,
    },
  };
}

describe("rankSchoolsByAttention", () => {
  it.each([
    {
      rule: "most flagged teachers first",
      schools: [school("A", 1, 10), school("B", 5, 50), school("C", 3, 10)],
      order: ["B", "C", "A"],
    },
    {
      rule: "an equal count: the larger share of the school first",
      schools: [school("Big", 4, 80), school("Small", 4, 8)],
      order: ["Small", "Big"],
    },
    {
      rule: "equal count and share: by name",
      schools: [school("Oak", 2, 10), school("Elm", 2, 10)],
      order: ["Elm", "Oak"],
    },
    {
      rule: "a school with no teachers ranks with the unflagged, by name",
      schools: [school("Empty", 0, 0), school("Calm", 0, 30), school("Busy", 1, 30)],
      order: ["Busy", "Calm", "Empty"],
    },
    {
      rule: "same name: by id, so the order is total",
      schools: [school("Lincoln", 1, 5, "id-2"), school("Lincoln", 1, 5, "id-1")],
      order: ["id-1", "id-2"],
    },
  ])("$rule", ({ schools, order }) => {
    const ranked = rankSchoolsByAttention(schools);
    const key = order.every((name) => schools.some((row) => row.schoolName === name))
      ? (row: OverviewSchoolCounts) => row.schoolName
      : (row: OverviewSchoolCounts) => row.schoolId;
    expect(ranked.map(key)).toEqual(order);
    // The input is left as it was.
    expect(schools).not.toBe(ranked);
  });

  it("orders 400 schools totally, so pages of the ranking never repeat or skip one", () => {
    const schools = Array.from({ length: 400 }, (_, index) =>
      school(`School ${index % 37}`, index % 7, 50, `s-${index}`),
    );
    const ranked = rankSchoolsByAttention(schools);
    const pageOf = (page: number) => ranked.slice((page - 1) * 25, page * 25);
    const pages = Array.from({ length: 16 }, (_, index) => pageOf(index + 1));
    expect(pages.map((page) => page.length)).toEqual(Array(16).fill(25));
    expect(new Set(pages.flat().map((row) => row.schoolId)).size).toBe(400);
    expect(pageOf(17)).toEqual([]);
    // Flagged counts never rise down the list.
    const counts = ranked.map((row) => row.flaggedTeachers);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("attentionSchoolsInputSchema", () => {
  it.each([
    { input: {}, page: 1 },
    { input: { page: 3 }, page: 3 },
  ])("reads $input as page $page", ({ input, page }) => {
    expect(attentionSchoolsInputSchema.parse(input).page).toBe(page);
  });

  it.each([{ page: 0 }, { page: 1.5 }, { page: "2" }])("refuses %o, naming the page", (input) => {
    const result = attentionSchoolsInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["page"]);
  });
});
