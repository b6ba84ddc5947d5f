import type { StageProgressFacts } from "./stage-status.ts";

/** One requirement of a stage a teacher has still to meet, said as a short phrase. */
type RemainingItem =
  | { kind: "workshop"; text: string }
  | { kind: "sessions"; count: number; text: string }
  | { kind: "meetings"; count: number; text: string }
  | { kind: "action_step"; text: string }
  | { kind: "confirmation"; text: string };

/** A counted requirement still short of `needed`, as "3 MicroPD sessions"; none once met. */
function shortOf(
  kind: "sessions" | "meetings",
  counts: { needed: number; done: number },
  one: string,
  many: string,
): RemainingItem[] {
  const left = Math.max(0, counts.needed - counts.done);
  return left > 0 ? [{ kind, count: left, text: `${left} ${left === 1 ? one : many}` }] : [];
}

/**
 * What is left before a stage is complete, from the same facts as the stage-status rule and in
 * the order a teacher usually meets them: "3 sessions, 1 support meeting, an action step with
 * evidence". Empty when the stage is complete. The coach's confirmation is listed only once
 * everything the teacher does is done, since it is the last thing to happen.
 */
export function whatRemains(facts: StageProgressFacts): RemainingItem[] {
  const items: RemainingItem[] = [];
  if (!facts.workshopAttended) {
    items.push({ kind: "workshop", text: "the introductory workshop" });
  }
  const sessions = { needed: facts.sessionsTotal, done: facts.sessionsCompleted };
  const meetings = { needed: facts.meetingsRequired, done: facts.meetingsAttended };
  items.push(
    ...shortOf("sessions", sessions, "MicroPD session", "MicroPD sessions"),
    ...shortOf("meetings", meetings, "support meeting", "support meetings"),
  );
  if (!facts.hasCompletedActionStep) {
    items.push({
      kind: "action_step",
      text: "an action-plan step done, with evidence and a reflection",
    });
  }
  if (items.length === 0 && facts.requiresConfirmation && !facts.confirmed) {
    items.push({ kind: "confirmation", text: "your coach's confirmation" });
  }
  return items;
}
