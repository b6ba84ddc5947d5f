import type { StageProgressFacts } from "./stage-status.ts";

/** One requirement of a stage a teacher has still to meet, said as a short phrase. */
type RemainingItem =
  | { kind: "workshop"; text: string }
  | { kind: "sessions"; count: number; text: string }
  | { kind: "meetings"; count: number; text: string }
  | { kind: "action_step"; text: string }
  | { kind: "confirmation"; text: string };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
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
  const sessionsLeft = Math.max(0, facts.sessionsTotal - facts.sessionsCompleted);
  if (sessionsLeft > 0) {
    items.push({
      kind: "sessions",
      count: sessionsLeft,
      text: plural(sessionsLeft, "MicroPD session", "MicroPD sessions"),
    });
  }
  const meetingsLeft = Math.max(0, facts.meetingsRequired - facts.meetingsAttended);
  if (meetingsLeft > 0) {
    items.push({
      kind: "meetings",
      count: meetingsLeft,
      text: plural(meetingsLeft, "support meeting", "support meetings"),
    });
  }
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
