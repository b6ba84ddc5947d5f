import { z } from "zod";
import { idSchema, optionalText } from "./ids.ts";
import type { Withheld } from "./rules/small-group.ts";

/*
 * A team's next focus, chosen by its facilitator from the team profile: the indicators and the
 * MicroPD sessions the team works on next. It becomes the team's recommended sessions on
 * teammates' homes and an item on the next meeting's agenda; each choice is kept with who made it.
 */

const uniqueIds = (label: string, min: number, max: number) =>
  z
    .array(idSchema)
    .min(min, min === 1 ? `Choose at least one ${label}` : `Choose at least ${min} ${label}s`)
    .max(max, `Choose at most ${max} ${label}s`)
    .refine((ids) => new Set(ids).size === ids.length, `Each ${label} can be chosen once`);

export const setTeamFocusInputSchema = z.object({
  teamId: idSchema,
  indicatorIds: uniqueIds("indicator", 1, 6),
  sessionIds: uniqueIds("session", 0, 8),
  /** Why the team chose it, in the facilitator's words. */
  reason: optionalText({ label: "Why this focus", max: 1000 }),
});
export type SetTeamFocusInput = z.infer<typeof setTeamFocusInputSchema>;

export const teamProfileInputSchema = z.object({ teamId: idSchema });

export interface TeamFocusView {
  id: string;
  setAt: Date;
  setBy: { id: string; displayName: string };
  reason: string;
  indicators: { id: string; code: string; title: string }[];
  sessions: { id: string; title: string; estimatedMinutes: number }[];
}

/** How many members sit at each level, or withheld when fewer than 3 have a rating. */
export type LevelSpread = Withheld<{ rated: number; counts: { rank: number; members: number }[] }>;

export interface TeamProfileIndicator {
  id: string;
  code: string;
  title: string;
  /** The team's current focus names it. */
  inFocus: boolean;
  /** By the members' latest self-assessment the viewer may read. */
  selfAssessed: LevelSpread;
  /** By the latest published coaching observation the viewer may read. */
  observed: LevelSpread;
}

/** The focus as teammates see it on their home. */
export interface MyTeamFocus {
  teamId: string;
  teamName: string;
  focus: TeamFocusView;
}

/**
 * The words of the next meeting's agenda item for a focus: what the team chose and who chose
 * it, and prompts for planning how to work on it.
 */
export function focusAgendaText(focus: TeamFocusView): { purpose: string; prompts: string[] } {
  const indicators = focus.indicators.map((indicator) => `${indicator.code} ${indicator.title}`);
  const sessions = focus.sessions.map((session) => session.title);
  const purpose = [
    `${focus.setBy.displayName} set the team's next focus: ${indicators.join("; ")}.`,
    sessions.length > 0 ? `Sessions to take: ${sessions.join("; ")}.` : "",
    focus.reason ? `Why: ${focus.reason}` : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
  return {
    purpose,
    prompts: [
      "What did the team profile show on these indicators?",
      "Which lesson will each of us try it in before the next meeting?",
      ...(sessions.length > 0 ? ["When will each of us take the sessions?"] : []),
    ],
  };
}
