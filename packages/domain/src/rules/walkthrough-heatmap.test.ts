import { describe, expect, it } from "vitest";
import {
  type HeatmapCell,
  lowerMedian,
  type WalkthroughRatingRow,
  WHOLE_SCHOOL,
  walkthroughHeatmap,
  walkthroughVisitCounts,
} from "./walkthrough-heatmap.ts";

const levels = [
  { rank: 0, label: "Not yet observed" },
  { rank: 1, label: "Beginning" },
  { rank: 2, label: "Developing" },
  { rank: 3, label: "Proficient" },
];
const period = { from: "2026-09-01", to: "2026-11-30" };

function rating(teacherId: string, rank: number, extra: Partial<WalkthroughRatingRow> = {}) {
  return { teacherId, teamId: "k2", indicatorId: "eq", rank, on: "2026-10-01", ...extra };
}

function onlyCell(ratings: WalkthroughRatingRow[], teamId = "k2"): HeatmapCell | undefined {
  const [row] = walkthroughHeatmap({
    indicatorIds: ["eq"],
    teamIds: [teamId],
    levels,
    ratings,
    period,
  });
  return row?.cells[0];
}

describe("lowerMedian", () => {
  it.each([
    { ranks: [], median: null },
    { ranks: [2], median: 2 },
    { ranks: [3, 1, 2], median: 2 },
    // A tie between two middle levels takes the lower one: never claims more than half reached.
    { ranks: [1, 3], median: 1 },
    { ranks: [2, 2, 3, 3], median: 2 },
    { ranks: [0, 3, 3, 3], median: 3 },
  ])("$ranks → $median", ({ ranks, median }) => {
    expect(lowerMedian(ranks)).toBe(median);
  });
});

describe("walkthroughHeatmap cells", () => {
  it.each([
    { name: "no walkthrough", ratings: [], cell: { teamId: "k2", state: "empty" } },
    {
      name: "exactly 2 teachers: withheld, no level and no count",
      ratings: [rating("a", 3), rating("b", 3)],
      cell: { teamId: "k2", state: "withheld" },
    },
    {
      name: "2 teachers visited 5 times between them are still 2 teachers",
      ratings: [
        rating("a", 1),
        rating("a", 2, { on: "2026-10-02" }),
        rating("a", 3, { on: "2026-10-03" }),
        rating("b", 1),
        rating("b", 2, { on: "2026-10-09" }),
      ],
      cell: { teamId: "k2", state: "withheld" },
    },
    {
      name: "exactly 3 teachers: shown with the median level and the count",
      ratings: [rating("a", 1), rating("b", 2), rating("c", 3)],
      cell: { teamId: "k2", state: "shown", level: levels[2], teacherCount: 3 },
    },
    {
      name: "4 teachers tied between Developing and Proficient: the lower",
      ratings: [rating("a", 2), rating("b", 2), rating("c", 3), rating("d", 3)],
      cell: { teamId: "k2", state: "shown", level: levels[2], teacherCount: 4 },
    },
    {
      name: "a teacher's latest level in the period counts, once",
      ratings: [
        rating("a", 0, { on: "2026-09-10" }),
        rating("a", 3, { on: "2026-11-10" }),
        rating("b", 3),
        rating("c", 3),
      ],
      cell: { teamId: "k2", state: "shown", level: levels[3], teacherCount: 3 },
    },
    {
      name: "ratings outside the period are left out (here leaving 2 teachers)",
      ratings: [rating("a", 3), rating("b", 3), rating("c", 3, { on: "2026-08-31" })],
      cell: { teamId: "k2", state: "withheld" },
    },
  ])("$name", ({ ratings, cell }) => {
    expect(onlyCell(ratings)).toEqual(cell);
  });

  it("counts a teacher on two teams in both teams' cells and once for the whole school", () => {
    const ratings: WalkthroughRatingRow[] = [
      rating("a", 1),
      rating("b", 1),
      rating("c", 1),
      rating("c", 1, { teamId: "specials" }),
      rating("d", 3, { teamId: "specials" }),
      rating("e", 3, { teamId: "specials" }),
      ...["a", "b", "c", "d", "e"].map((id) =>
        rating(id, id === "d" || id === "e" ? 3 : 1, { teamId: WHOLE_SCHOOL }),
      ),
    ];
    const [row] = walkthroughHeatmap({
      indicatorIds: ["eq"],
      teamIds: ["k2", "specials", WHOLE_SCHOOL],
      levels,
      ratings,
      period,
    });
    expect(row?.cells).toEqual([
      { teamId: "k2", state: "shown", level: levels[1], teacherCount: 3 },
      { teamId: "specials", state: "shown", level: levels[3], teacherCount: 3 },
      { teamId: WHOLE_SCHOOL, state: "shown", level: levels[1], teacherCount: 5 },
    ]);
  });

  it("gives every indicator × team an empty cell for an empty period", () => {
    const rows = walkthroughHeatmap({
      indicatorIds: ["eq", "vocab"],
      teamIds: ["k2", "specials"],
      levels,
      ratings: [rating("a", 2), rating("b", 2), rating("c", 2)],
      period: { from: "2027-01-01", to: "2027-01-31" },
    });
    expect(rows.flatMap((row) => row.cells.map((cell) => cell.state))).toEqual([
      "empty",
      "empty",
      "empty",
      "empty",
    ]);
  });
});

describe("walkthroughVisitCounts", () => {
  const teachers = [
    { id: "a", name: "Amara Eze" },
    { id: "b", name: "Brianna Holt" },
    { id: "c", name: "Caroline Whitaker" },
    { id: "d", name: "Diego Castillo" },
  ];

  it("lists every teacher, never-visited first, then the fewest and longest since a visit", () => {
    const visits = [
      { observationId: "w1", teacherId: "a", on: "2026-10-01" },
      { observationId: "w2", teacherId: "a", on: "2026-11-01" },
      { observationId: "w3", teacherId: "b", on: "2026-11-05" },
      { observationId: "w4", teacherId: "c", on: "2026-09-15" },
      // Outside the period: not counted.
      { observationId: "w5", teacherId: "b", on: "2026-08-01" },
    ];
    expect(walkthroughVisitCounts({ teachers, visits, period })).toEqual([
      { teacherId: "d", name: "Diego Castillo", visits: 0, lastVisitOn: null },
      { teacherId: "c", name: "Caroline Whitaker", visits: 1, lastVisitOn: "2026-09-15" },
      { teacherId: "b", name: "Brianna Holt", visits: 1, lastVisitOn: "2026-11-05" },
      { teacherId: "a", name: "Amara Eze", visits: 2, lastVisitOn: "2026-11-01" },
    ]);
  });

  it("counts one walkthrough once even when it has several rows, and ignores other schools", () => {
    const visits = [
      { observationId: "w1", teacherId: "a", on: "2026-10-01" },
      { observationId: "w1", teacherId: "a", on: "2026-10-01" },
      { observationId: "w9", teacherId: "someone-else", on: "2026-10-01" },
    ];
    const counts = walkthroughVisitCounts({ teachers, visits, period });
    expect(counts.map((entry) => [entry.teacherId, entry.visits])).toEqual([
      ["b", 0],
      ["c", 0],
      ["d", 0],
      ["a", 1],
    ]);
  });

  it("sorts teachers with no visits by name in an empty period", () => {
    const counts = walkthroughVisitCounts({
      teachers: [...teachers].reverse(),
      visits: [],
      period,
    });
    expect(counts.map((entry) => entry.name)).toEqual(teachers.map((teacher) => teacher.name));
  });
});
