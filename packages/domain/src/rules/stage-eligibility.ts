import { type OrderedStage, stagesInProgramOf } from "./next-stage.ts";
import type { StageStatus } from "./stage-status.ts";

/*
 * Who may be enrolled in a stage: stages are taken in order, so a teacher joins Stage N only
 * after completing every stage before it in the same program (programs run side by side: a
 * teacher in Stage 2 of one may start Stage 1 of another). An admin can override for one person, and the
 * override is recorded with the enrolment.
 */

type StageEligibility<S extends OrderedStage> =
  | { eligible: true }
  | {
      eligible: false;
      /** The earlier stages not complete yet, in framework order. */
      incomplete: S[];
    };

/** Whether a teacher with these statuses (per stage id) may join `target`. */
export function stageEligibility<S extends OrderedStage>(
  stages: readonly S[],
  statuses: ReadonlyMap<string, StageStatus>,
  target: OrderedStage,
): StageEligibility<S> {
  const incomplete = stagesInProgramOf(stages, target)
    .sort((a, b) => a.position - b.position)
    .filter((stage) => stage.position < target.position && statuses.get(stage.id) !== "complete");
  return incomplete.length === 0 ? { eligible: true } : { eligible: false, incomplete };
}

/**
 * The stage a teacher is on now: the furthest one they are enrolled in, with its status; null
 * when they are in none. What the enrol picker shows beside each name.
 */
export function currentStage<S extends OrderedStage>(
  stages: readonly S[],
  statuses: ReadonlyMap<string, StageStatus>,
): { stage: S; status: StageStatus } | null {
  const ordered = [...stages].sort((a, b) => b.position - a.position);
  for (const stage of ordered) {
    const status = statuses.get(stage.id);
    if (status !== undefined) return { stage, status };
  }
  return null;
}

/** "Stage 1 and Stage 2 not complete", for the picker and the refusal. */
export function heldBackReason(incomplete: readonly { position: number }[]): string {
  const names = incomplete.map((stage) => `Stage ${stage.position}`);
  const list =
    names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${list} not complete`;
}
