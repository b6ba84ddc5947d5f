import { nextSessionPerProgram } from "@throughline/domain/rules/program-next-sessions";
import type { recommendSessions } from "@throughline/domain/rules/recommendations";
import type { EvidenceViewer } from "../observations/indicator-growth.ts";

/** A session as the recommendations read it, with its program (label null: one program). */
interface SessionInProgram {
  id: string;
  position: number;
  stage: { id: string; position: number };
  programId: string;
  programPosition: number;
  programLabel: string | null;
}

/**
 * Where the district runs several programs, her next session in each program not already on
 * the list (domain rules/program-next-sessions), after the rest, with the program in the reason.
 */
export function nextInEachProgram(params: {
  sessions: readonly SessionInProgram[];
  open: readonly { id: string; enrolled: boolean }[];
  completions: readonly { sessionId: string }[];
  decisions: readonly { sessionId: string; kind: string; at: Date }[];
  recommendations: readonly { sessionId: string }[];
  viewer: EvidenceViewer;
}): ReturnType<typeof recommendSessions> {
  const several = params.sessions.filter((session) => session.programLabel !== null);
  if (several.length === 0) return [];
  const latest = new Map<string, string>();
  for (const decision of params.decisions) latest.set(decision.sessionId, decision.kind);
  const next = nextSessionPerProgram({
    sessions: several.map((session) => ({
      id: session.id,
      stageId: session.stage.id,
      programId: session.programId,
      programPosition: session.programPosition,
      stagePosition: session.stage.position,
      position: session.position,
    })),
    enrolledStageIds: new Set(params.open.filter((row) => row.enrolled).map((row) => row.id)),
    completedSessionIds: new Set(params.completions.map((row) => row.sessionId)),
    dismissedSessionIds: new Set(
      [...latest].filter(([, kind]) => kind === "dismissed").map(([id]) => id),
    ),
    recommendedSessionIds: new Set(params.recommendations.map((row) => row.sessionId)),
  });
  const titleOf = new Map(several.map((session) => [session.id, session.programLabel]));
  const whose = params.viewer === "teacher" ? "Your" : "The teacher's";
  return next.map((session) => ({
    sessionId: session.id,
    indicatorId: null,
    gap: 0,
    pinned: false,
    teamFocusId: null,
    reason: `${whose} next session in ${titleOf.get(session.id)}`,
  }));
}
