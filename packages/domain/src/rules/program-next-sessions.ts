import { currentPerProgram } from "./current-stage.ts";

/*
 * Where a district runs several programs, a teacher's recommendations name a next session in
 * each program she is in: evidence may point only at one program's indicators, and the others
 * would then be missing from her list. A program already represented by a recommended session
 * needs nothing more; for any other, her next session there is the first one, by position, of
 * her current stage in that program that she has neither completed nor set aside.
 */

interface ProgramSession {
  id: string;
  stageId: string;
  programId: string;
  programPosition: number;
  stagePosition: number;
  position: number;
}

export interface ProgramNextInput {
  sessions: readonly ProgramSession[];
  /** The stages she is enrolled in (not withdrawn). */
  enrolledStageIds: ReadonlySet<string>;
  completedSessionIds: ReadonlySet<string>;
  dismissedSessionIds: ReadonlySet<string>;
  /** The sessions already recommended, whatever their reason. */
  recommendedSessionIds: ReadonlySet<string>;
}

/** Her next session in each program not yet on her list, in program order. */
export function nextSessionPerProgram(input: ProgramNextInput): ProgramSession[] {
  const represented = new Set(
    input.sessions
      .filter((session) => input.recommendedSessionIds.has(session.id))
      .map((session) => session.programId),
  );
  const stages = new Map<string, ProgramSession>();
  for (const session of input.sessions) {
    if (input.enrolledStageIds.has(session.stageId)) stages.set(session.stageId, session);
  }
  const next: ProgramSession[] = [];
  for (const current of currentPerProgram([...stages.values()])) {
    if (represented.has(current.programId)) continue;
    const first = input.sessions
      .filter(
        (session) =>
          session.stageId === current.stageId &&
          !input.completedSessionIds.has(session.id) &&
          !input.dismissedSessionIds.has(session.id),
      )
      .sort((a, b) => a.position - b.position)[0];
    if (first) next.push(first);
  }
  return next;
}
