import type { Transaction } from "@throughline/db/client";
import { findTeam } from "@throughline/db/queries/collaboration/collaboration-teams";
import { teamMemberIds } from "@throughline/db/queries/notifications/notice-facts";
import { loadIndicatorsInOrder } from "@throughline/db/queries/observations/indicator-growth";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import {
  observedLevels,
  selfAssessedLevels,
} from "@throughline/db/queries/team-focus/member-levels";
import {
  focusSessionOptions,
  teamFocusHistory,
} from "@throughline/db/queries/team-focus/team-focus-read";
import { nextScheduledMeeting } from "@throughline/db/queries/team-focus/team-focus-write";
import { goalsOfTeams } from "@throughline/db/queries/team-goals/team-goal-reads";
import { levelSpread } from "@throughline/domain/rules/team-profile";
import type { TeamProfileIndicator } from "@throughline/domain/team-focus";

/** How many earlier focuses the profile lists under the current one. */
const HISTORY_LENGTH = 10;

/**
 * The team profile its facilitator reads: per indicator, members at each level by their latest
 * self-assessment and coaching observation (what the facilitator may read; under 3 withheld),
 * the team's goals with their progress, its focus and history, and what the next focus may name.
 */
export async function buildTeamProfile(
  tx: Transaction,
  params: { viewerId: string; teamId: string; now: Date },
) {
  const [team, memberIds, levels, indicators, history, sessions, nextMeeting, goals] =
    await Promise.all([
      findTeam(tx, { teamId: params.teamId }),
      teamMemberIds(tx, params.teamId),
      loadObservationScale(tx),
      loadIndicatorsInOrder(tx),
      teamFocusHistory(tx, { teamId: params.teamId, limit: HISTORY_LENGTH }),
      focusSessionOptions(tx),
      nextScheduledMeeting(tx, { teamId: params.teamId, now: params.now }),
      goalsOfTeams(tx, { teamIds: [params.teamId] }),
    ]);
  const [selfLevels, observed] = await Promise.all([
    selfAssessedLevels(tx, { viewerId: params.viewerId, teacherIds: memberIds }),
    observedLevels(tx, { viewerId: params.viewerId, teacherIds: memberIds }),
  ]);
  const ranks = levels.map((level) => level.rank);
  const [current] = history;
  const inFocus = new Set(current?.indicators.map((indicator) => indicator.id) ?? []);
  const rows: TeamProfileIndicator[] = indicators.map((indicator) => ({
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    inFocus: inFocus.has(indicator.id),
    selfAssessed: levelSpread(selfLevels, indicator.id, ranks),
    observed: levelSpread(observed, indicator.id, ranks),
  }));
  return {
    team: { id: params.teamId, name: team?.name ?? "" },
    memberCount: memberIds.length,
    levels: levels.map(({ rank, label }) => ({ rank, label })),
    indicators: rows,
    focus: current ?? null,
    history: history.slice(1),
    goals: goals.map((goal) => ({
      id: goal.id,
      problem: goal.problem,
      measure: goal.measure,
      unit: goal.unit,
      baselineValue: goal.baselineValue,
      targetValue: goal.targetValue,
      targetOn: goal.targetOn,
      progress: goal.progress,
      indicatorIds: goal.indicators.map((indicator) => indicator.id),
      sessionIds: goal.sessions.map((session) => session.id),
    })),
    sessionOptions: sessions,
    nextMeeting,
  };
}
