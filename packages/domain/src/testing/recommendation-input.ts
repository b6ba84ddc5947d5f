import {
  type RecommendableSession,
  type RecommendationInput,
  recommendSessions,
} from "../rules/recommendations.ts";

/*
 * The recommendation rule's tests share this small framework: four indicators, five sessions
 * over two stages and the district's default scale. The scale of the tests is the district default: 0 not yet observed, 1 beginning,
 * 2 developing, 3 proficient, with proficient as the target.
 */
const levelLabels = new Map([
  [0, "not yet observed"],
  [1, "beginning"],
  [2, "developing"],
  [3, "proficient"],
]);

export const indicators = [
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

export function input(overrides: Partial<RecommendationInput>): RecommendationInput {
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

export const ids = (overrides: Partial<RecommendationInput>) =>
  recommendSessions(input(overrides)).map((r) => r.sessionId);
