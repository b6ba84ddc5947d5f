import { describe, expect, test } from "vitest";
import {
  formatEvidenceDay,
  type RecommendableSession,
  type RecommendationInput,
  recommendSessions,
  type TeamFocusChoice,
} from "./recommendations.ts";

/*
 * The scale of the tests is the district default: 0 not yet observed, 1 beginning,
 * 2 developing, 3 proficient, with proficient as the target.
 */
const levelLabels = new Map([
  [0, "not yet observed"],
  [1, "beginning"],
  [2, "developing"],
  [3, "proficient"],
]);

const indicators = [
  { id: "eq", title: "Uses an essential question", position: 1, targetRank: null },
  { id: "vocab", title: "Teaches key vocabulary", position: 2, targetRank: null },
  { id: "summary", title: "Closes with a summary", position: 3, targetRank: null },
  { id: "orphan", title: "Has no sessions", position: 4, targetRank: null },
];

function session(
  id: string,
  indicatorIds: string[],
  position = 1,
  stage = "s1",
): RecommendableSession {
  return { id, stageId: stage, stagePosition: stage === "s1" ? 1 : 2, position, indicatorIds };
}

const sessions = [
  session("eq-1", ["eq"], 1),
  session("vocab-1", ["vocab"], 2),
  session("summary-1", ["summary"], 3),
  session("both", ["eq", "vocab"], 4),
  session("later-stage", ["eq"], 1, "s2"),
];

function input(overrides: Partial<RecommendationInput>): RecommendationInput {
  return {
    evidence: [],
    indicators,
    defaultTargetRank: 3,
    levelLabels,
    sessions,
    openStageIds: new Set(["s1"]),
    completions: [],
    decisions: [],
    ...overrides,
  };
}

const ids = (overrides: Partial<RecommendationInput>) =>
  recommendSessions(input(overrides)).map((r) => r.sessionId);

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

describe("recommendSessions from a self-assessment", () => {
  const selfRated = { indicatorId: "summary", rank: 1, on: "2026-10-03", selfRated: true };

  test.each([
    ["teacher" as const, "You rated ‘Closes with a summary’ beginning on Oct 3, target proficient"],
    [
      "coach" as const,
      "The teacher rated ‘Closes with a summary’ beginning on Oct 3, target proficient",
    ],
  ])("a gap the teacher rated themselves says so to the %s", (reader, reason) => {
    const [first] = recommendSessions(input({ evidence: [selfRated], reader }));
    expect(first).toMatchObject({ sessionId: "summary-1", indicatorId: "summary", gap: 2, reason });
  });

  test("a later observation at target closes a self-rated gap", () => {
    expect(
      ids({ evidence: [selfRated, { indicatorId: "summary", rank: 3, on: "2026-11-01" }] }),
    ).toEqual([]);
  });

  test("a later self-rating below target reopens a gap an observation closed", () => {
    const [first] = recommendSessions(
      input({
        evidence: [
          { indicatorId: "summary", rank: 3, on: "2026-09-01" },
          { ...selfRated, rank: 2, on: "2026-10-03" },
        ],
      }),
    );
    expect(first?.reason).toBe(
      "You rated ‘Closes with a summary’ developing on Oct 3, target proficient",
    );
  });
});

describe("recommendSessions: the team's chosen focus", () => {
  const focus = (overrides: Partial<TeamFocusChoice> = {}): TeamFocusChoice => ({
    teamId: "grade-3",
    indicatorIds: ["summary"],
    sessionIds: ["summary-1"],
    setOn: "2026-12-03",
    ...overrides,
  });
  const eqGap = { indicatorId: "eq", rank: 1, on: "2026-11-12" };
  const summaryGap = { indicatorId: "summary", rank: 2, on: "2026-11-20" };
  const pinOf = (sessionId: string) => ({
    sessionId,
    kind: "pinned" as const,
    at: new Date("2026-12-01T10:00:00Z"),
  });

  test.each<
    [string, Partial<RecommendationInput>, { id: string; team: string | null; reason: string }[]]
  >([
    [
      "a chosen session is recommended with the team's reason though nothing is below target",
      { teamFocuses: [focus()] },
      [
        {
          id: "summary-1",
          team: "grade-3",
          reason: "Your team chose ‘Closes with a summary’ as its next focus on Dec 3",
        },
      ],
    ],
    [
      "the team's choice comes before a larger gap of the teacher's own",
      { teamFocuses: [focus()], evidence: [eqGap] },
      [
        {
          id: "summary-1",
          team: "grade-3",
          reason: "Your team chose ‘Closes with a summary’ as its next focus on Dec 3",
        },
        {
          id: "eq-1",
          team: null,
          reason: "‘Uses an essential question’ was beginning on Nov 12, target proficient",
        },
        {
          id: "both",
          team: null,
          reason: "‘Uses an essential question’ was beginning on Nov 12, target proficient",
        },
      ],
    ],
    [
      "a chosen session with a gap behind it appears once, with both reasons",
      { teamFocuses: [focus()], evidence: [summaryGap] },
      [
        {
          id: "summary-1",
          team: "grade-3",
          reason:
            "Your team chose ‘Closes with a summary’ as its next focus on Dec 3. ‘Closes with a summary’ was developing on Nov 20, target proficient",
        },
      ],
    ],
    [
      "a coach's pin still comes first, and a pinned chosen session names both",
      {
        teamFocuses: [focus({ sessionIds: ["summary-1", "vocab-1"] })],
        decisions: [pinOf("vocab-1")],
      },
      [
        {
          id: "vocab-1",
          team: "grade-3",
          reason:
            "Assigned by your coach. Your team chose ‘Closes with a summary’ as its next focus on Dec 3",
        },
        {
          id: "summary-1",
          team: "grade-3",
          reason: "Your team chose ‘Closes with a summary’ as its next focus on Dec 3",
        },
      ],
    ],
    [
      "a session addressing focus indicators names only those it addresses",
      {
        teamFocuses: [focus({ indicatorIds: ["eq", "vocab", "summary"], sessionIds: ["both"] })],
      },
      [
        {
          id: "both",
          team: "grade-3",
          reason:
            "Your team chose ‘Uses an essential question’ and ‘Teaches key vocabulary’ as its next focus on Dec 3",
        },
      ],
    ],
    [
      "chosen sessions of two teams: the more recent choice first, each session once",
      {
        teamFocuses: [
          focus({ teamId: "older", setOn: "2026-11-01", sessionIds: ["summary-1", "eq-1"] }),
          focus({ teamId: "newer", indicatorIds: ["eq"], sessionIds: ["eq-1"] }),
        ],
      },
      [
        {
          id: "eq-1",
          team: "newer",
          reason: "Your team chose ‘Uses an essential question’ as its next focus on Dec 3",
        },
        {
          id: "summary-1",
          team: "older",
          reason: "Your team chose ‘Closes with a summary’ as its next focus on Nov 1",
        },
      ],
    ],
    [
      "a completed, dismissed or not yet opened chosen session is left out",
      {
        teamFocuses: [focus({ sessionIds: ["summary-1", "vocab-1", "later-stage"] })],
        completions: [{ sessionId: "summary-1", on: "2026-12-04" }],
        decisions: [
          { sessionId: "vocab-1", kind: "dismissed", at: new Date("2026-12-05T10:00:00Z") },
        ],
      },
      [],
    ],
    [
      "to a coach the reason says whose team",
      { teamFocuses: [focus()], reader: "coach" },
      [
        {
          id: "summary-1",
          team: "grade-3",
          reason: "The teacher's team chose ‘Closes with a summary’ as its next focus on Dec 3",
        },
      ],
    ],
    ["no focus, no team reason", { teamFocuses: [] }, []],
  ])("%s", (_name, overrides, expected) => {
    expect(
      recommendSessions(input(overrides)).map((r) => ({
        id: r.sessionId,
        team: r.teamFocusId,
        reason: r.reason,
      })),
    ).toEqual(expected);
  });
});
