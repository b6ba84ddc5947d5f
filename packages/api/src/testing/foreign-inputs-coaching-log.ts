import type { ForeignIds } from "./foreign-ids.ts";

/** Coaching-log calls aimed at another district's teacher and indicator. */
export const coachingLogInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "coachingLog.log": (foreign) => ({
    kind: "co_teaching",
    occurredOn: "2026-12-01",
    minutes: 30,
    teacherIds: [foreign.personId],
    indicatorIds: [foreign.indicatorId],
    note: "A note",
  }),
  "coachingLog.mine": () => ({}),
  "coachingLog.forTeacher": (foreign) => ({ teacherId: foreign.personId }),
  "coachingLog.districtWorkload": () => ({}),
  "coachingLog.savePdSetting": () => ({ coachingCountsAsPd: false }),
};

/** Team-focus calls aimed at another district's team, indicator and session. */
export const teamFocusInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "teamFocus.profile": (foreign) => ({ teamId: foreign.teamId }),
  "teamFocus.set": (foreign) => ({
    teamId: foreign.teamId,
    indicatorIds: [foreign.indicatorId],
    sessionIds: [foreign.sessionId],
    reason: "A reason",
  }),
};
