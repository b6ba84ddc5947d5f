import { describe, expect, test } from "vitest";
import { ids, indicators, input } from "../testing/recommendation-input.ts";
import { formatEvidenceDay, recommendSessions } from "./recommendations.ts";

describe("recommendSessions", () => {
  test("recommends sessions for indicators below target, with the reason in words", () => {
    const [first, ...rest] = recommendSessions(
      input({ evidence: [{ indicatorId: "eq", rank: 2, on: "2026-11-12" }] }),
    );
    expect(first).toEqual({
      sessionId: "eq-1",
      indicatorId: "eq",
      gap: 1,
      pinned: false,
      teamFocusId: null,
      reason: "‘Uses an essential question’ was developing on Nov 12, target proficient",
    });
    expect(rest.map((r) => r.sessionId)).toEqual(["both"]);
  });

  test.each([
    {
      name: "larger gap first",
      evidence: [
        { indicatorId: "eq", rank: 2, on: "2026-11-12" },
        { indicatorId: "summary", rank: 0, on: "2026-10-01" },
      ],
      expected: ["summary-1", "eq-1", "both"],
    },
    {
      name: "equal gaps: more recent evidence first",
      evidence: [
        { indicatorId: "summary", rank: 2, on: "2026-11-20" },
        { indicatorId: "vocab", rank: 2, on: "2026-11-01" },
      ],
      expected: ["summary-1", "vocab-1", "both"],
    },
    {
      name: "equal gaps on the same day: framework order",
      evidence: [
        { indicatorId: "summary", rank: 1, on: "2026-11-12" },
        { indicatorId: "eq", rank: 1, on: "2026-11-12" },
      ],
      expected: ["eq-1", "both", "summary-1"],
    },
  ])("orders by gap, recency, framework order: $name", ({ evidence, expected }) => {
    expect(ids({ evidence })).toEqual(expected);
  });

  test("a session addressing two indicators below target appears once, for the larger gap", () => {
    const result = recommendSessions(
      input({
        evidence: [
          { indicatorId: "eq", rank: 2, on: "2026-11-12" },
          { indicatorId: "vocab", rank: 1, on: "2026-11-12" },
        ],
      }),
    );
    expect(result.filter((r) => r.sessionId === "both")).toEqual([
      expect.objectContaining({
        indicatorId: "vocab",
        gap: 2,
        reason:
          "‘Teaches key vocabulary’ was beginning on Nov 12, target proficient. Also below target: ‘Uses an essential question’ (developing)",
      }),
    ]);
  });

  test("an indicator that improved to target is no longer a reason", () => {
    expect(
      ids({
        evidence: [
          { indicatorId: "eq", rank: 1, on: "2026-09-01" },
          { indicatorId: "eq", rank: 3, on: "2026-11-01" },
        ],
      }),
    ).toEqual([]);
  });

  test("an indicator that improved but is still below target has the smaller gap", () => {
    const [first] = recommendSessions(
      input({
        evidence: [
          { indicatorId: "eq", rank: 0, on: "2026-09-01" },
          { indicatorId: "eq", rank: 2, on: "2026-11-01" },
        ],
      }),
    );
    expect(first).toMatchObject({ gap: 1 });
  });

  test("two levels on the same day: the lower one counts", () => {
    const [first] = recommendSessions(
      input({
        evidence: [
          { indicatorId: "eq", rank: 2, on: "2026-11-12" },
          { indicatorId: "eq", rank: 1, on: "2026-11-12" },
        ],
      }),
    );
    expect(first).toMatchObject({ gap: 2 });
  });

  test.each([
    {
      name: "no district target and none on the indicator",
      defaultTargetRank: null,
      own: null,
      expected: [],
    },
    {
      name: "no district target but one on the indicator",
      defaultTargetRank: null,
      own: 3,
      expected: ["eq-1", "both"],
    },
    {
      name: "the indicator's own target wins over the district's",
      defaultTargetRank: 3,
      own: 2,
      expected: [],
    },
  ])("missing targets: $name", ({ defaultTargetRank, own, expected }) => {
    expect(
      ids({
        defaultTargetRank,
        indicators: indicators.map((i) => (i.id === "eq" ? { ...i, targetRank: own } : i)),
        evidence: [{ indicatorId: "eq", rank: 2, on: "2026-11-12" }],
      }),
    ).toEqual(expected);
  });

  test("an indicator with no sessions recommends nothing and breaks nothing", () => {
    expect(ids({ evidence: [{ indicatorId: "orphan", rank: 0, on: "2026-11-12" }] })).toEqual([]);
  });

  test("no evidence, no recommendation", () => {
    expect(ids({})).toEqual([]);
  });

  test("sessions of stages the teacher has not opened are left out until the stage opens", () => {
    const evidence = [{ indicatorId: "eq", rank: 1, on: "2026-11-12" }];
    expect(ids({ evidence })).not.toContain("later-stage");
    expect(ids({ evidence, openStageIds: new Set(["s1", "s2"]) })).toContain("later-stage");
  });

  describe("completed sessions", () => {
    const completions = [{ sessionId: "eq-1", on: "2026-10-15" }];

    test("are not recommended again while the indicator has not dropped", () => {
      expect(
        ids({
          completions,
          evidence: [
            { indicatorId: "eq", rank: 2, on: "2026-10-01" },
            { indicatorId: "eq", rank: 2, on: "2026-11-12" },
          ],
        }),
      ).toEqual(["both"]);
    });

    test("come back when the indicator dropped after completion", () => {
      expect(
        ids({
          completions,
          evidence: [
            { indicatorId: "eq", rank: 2, on: "2026-10-01" },
            { indicatorId: "eq", rank: 1, on: "2026-11-12" },
          ],
        }),
      ).toEqual(["eq-1", "both"]);
    });

    test("stay away when the only evidence came after completion (nothing dropped)", () => {
      expect(
        ids({ completions, evidence: [{ indicatorId: "eq", rank: 1, on: "2026-11-12" }] }),
      ).toEqual(["both"]);
    });
  });

  describe("decisions", () => {
    const evidence = [{ indicatorId: "eq", rank: 2, on: "2026-11-12" }];

    test("a dismissed session is left out", () => {
      expect(
        ids({
          evidence,
          decisions: [{ sessionId: "eq-1", kind: "dismissed", at: new Date("2026-11-13") }],
        }),
      ).toEqual(["both"]);
    });

    test("a pinned session comes first, says who assigned it, and needs no gap", () => {
      const result = recommendSessions(
        input({
          evidence,
          decisions: [{ sessionId: "summary-1", kind: "pinned", at: new Date("2026-11-13") }],
        }),
      );
      expect(result[0]).toEqual({
        sessionId: "summary-1",
        indicatorId: null,
        gap: 0,
        pinned: true,
        teamFocusId: null,
        reason: "Assigned by your coach",
      });
      expect(result.map((r) => r.sessionId)).toEqual(["summary-1", "eq-1", "both"]);
    });

    test("the latest decision about a session counts", () => {
      const decisions = [
        { sessionId: "eq-1", kind: "pinned", at: new Date("2026-11-13") },
        { sessionId: "eq-1", kind: "dismissed", at: new Date("2026-11-14") },
      ] as const;
      expect(ids({ evidence, decisions: [...decisions] })).toEqual(["both"]);
      expect(
        ids({
          evidence,
          decisions: [...decisions]
            .reverse()
            .map((d, i) => ({ ...d, at: new Date(2026, 10, 13 + i) })),
        }),
      ).toEqual(["eq-1", "both"]);
    });

    test("a pinned session the teacher completed is done, unless a gap brings it back", () => {
      expect(
        ids({
          decisions: [{ sessionId: "summary-1", kind: "pinned", at: new Date("2026-11-13") }],
          completions: [{ sessionId: "summary-1", on: "2026-11-20" }],
        }),
      ).toEqual([]);
    });
  });
});

describe("formatEvidenceDay", () => {
  test("reads as day and month, whatever the machine's zone", () => {
    expect(formatEvidenceDay("2026-11-12")).toBe("Nov 12");
    expect(formatEvidenceDay("2027-01-01")).toBe("Jan 1");
  });
});
