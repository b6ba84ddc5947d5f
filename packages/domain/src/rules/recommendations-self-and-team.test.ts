import { describe, expect, test } from "vitest";
import { ids, input } from "../testing/recommendation-input.ts";
import {
  type RecommendationInput,
  recommendSessions,
  type TeamFocusChoice,
} from "./recommendations.ts";

/* The path's recommendations from the teacher's own ratings and from her team's chosen focus. */

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
