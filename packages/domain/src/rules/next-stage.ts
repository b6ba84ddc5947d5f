import type { StageStatus } from "./stage-status.ts";

/** The shape the rule needs from a stage; callers pass their own richer rows. */
export interface OrderedStage {
  id: string;
  position: number;
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
 * in framework order. `statuses` holds the teacher's status per stage id they are enrolled in;
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
