import type { StageStatus } from "./stage-status.ts";

/** The shape the rule needs from a stage; callers pass their own richer rows. */
export interface OrderedStage {
  id: string;
  /** Positions count inside a program; stages without one are taken as one line. */
  position: number;
  programId?: string;
}

/**
 * The stages of `target`'s program, the only ones its position is compared with: a district
 * runs several programs side by side, each its own line of stages. The target's program is its
 * own `programId` or else that of the stage with its id in `stages`.
 */
export function stagesInProgramOf<S extends OrderedStage>(
  stages: readonly S[],
  target: { id: string; programId?: string },
): S[] {
  const programId = target.programId ?? stages.find((stage) => stage.id === target.id)?.programId;
  return stages.filter((stage) => stage.programId === programId);
}

export type NextStage<S extends OrderedStage> =
  /** No stage is complete yet: nothing opens by progression (a school enrols the first). */
  | { kind: "nothing_complete" }
  /** The highest completed stage is the last one of the framework. */
  | { kind: "finished" }
  /** The stage after the highest completed one; the teacher already has it. */
  | { kind: "already_open"; stage: S }
  /** The stage after the highest completed one, not yet opened for the teacher. */
  | { kind: "opens"; stage: S };

/**
 * Which stage opens next for a teacher: the stage after the highest one they have completed,
 * in framework order. Pass one program's stages (`stagesInProgramOf` the completed stage). `statuses` holds the teacher's status per stage id they are enrolled in;
 * a stage with any status is already open for them.
 */
export function nextStage<S extends OrderedStage>(
  stages: readonly S[],
  statuses: ReadonlyMap<string, StageStatus>,
): NextStage<S> {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const completed = ordered.filter((stage) => statuses.get(stage.id) === "complete");
  const highest = completed.at(-1);
  if (!highest) return { kind: "nothing_complete" };
  const following = ordered.find((stage) => stage.position > highest.position);
  if (!following) return { kind: "finished" };
  return statuses.has(following.id)
    ? { kind: "already_open", stage: following }
    : { kind: "opens", stage: following };
}
