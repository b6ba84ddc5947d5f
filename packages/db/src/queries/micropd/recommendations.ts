import type { RecommendedSession } from "@throughline/domain/recommendation";
import { recommendSessions } from "@throughline/domain/rules/recommendations";
import { and, asc, eq, isNotNull, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  micropdProgress,
  micropdSession,
  person,
  recommendationDecision,
  sessionIndicator,
  stage,
} from "../../schema/index.ts";
import { stageNameColumns } from "../framework/framework-columns.ts";
import { programLabelOf } from "../framework/program-label.ts";
import { programPositionOf } from "../framework/program-order.ts";
import {
  type EvidenceViewer,
  loadIndicatorEvidence,
  loadIndicatorsInOrder,
} from "../observations/indicator-growth.ts";
import { loadObservationScale } from "../observations/observations.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { loadSelfRatingEvidence } from "../self-assessment/self-rating-summary.ts";
import { deciderOfDecision, stageOfSession } from "../sql/same-district-joins.ts";
import { focusesOfMyTeams } from "../team-focus/team-focus-read.ts";
import { loadVideoTagEvidence } from "../video/video-tag-evidence.ts";
import { nextInEachProgram } from "./program-next-recommendations.ts";
import { completedProgressOf } from "./progress-of.ts";

/*
 * A teacher's recommended MicroPD sessions: the database gathers the rule's input in a few
 * set-based queries, `recommendSessions` decides. The evidence is what the viewer may see: the
 * teacher, all their published observations and imported ratings; a supporting coach, no
 * walkthroughs, so a reason in words can never carry a principal's walkthrough level to a
 * coach (coaching is kept apart from evaluation). The teacher's self-assessments count for both:
 * coaching content the teacher and their coaches share. So does the current focus of each of the
 * teacher's teams: its sessions are recommended with the team's choice as the reason.
 */

/**
 * The stages open to the teacher, in one statement: those she has opened (any enrolment not
 * withdrawn, `enrolled`) and those the district opens to all.
 */
async function openStages(tx: Transaction, personId: string) {
  // Aliased by hand: drizzle leaves a one-table select's own columns unqualified, and in the
  // select list the subquery's tables would then make them ambiguous.
  const enrolled = sql<boolean>`${stage.id} in (
    select c.stage_id from ${enrolment} e
    join ${cohort} c on c.district_id = e.district_id and c.id = e.cohort_id
    where e.person_id = ${personId} and e.status <> 'withdrawn'
  )`;
  return tx
    .select({ id: stage.id, enrolled })
    .from(stage)
    .where(or(eq(stage.openToAll, true), enrolled));
}

/** Stages the teacher has opened (any enrolment not withdrawn) and stages open to all. */
async function openStageIds(tx: Transaction, personId: string): Promise<Set<string>> {
  return new Set((await openStages(tx, personId)).map((row) => row.id));
}

async function loadSessions(tx: Transaction) {
  const [sessions, links] = await Promise.all([
    tx
      .select({
        id: micropdSession.id,
        title: micropdSession.title,
        estimatedMinutes: micropdSession.estimatedMinutes,
        position: micropdSession.position,
        elective: micropdSession.elective,
        stage: stageNameColumns,
        programId: stage.programId,
        programPosition: programPositionOf.mapWith(Number),
        programLabel: programLabelOf,
      })
      .from(micropdSession)
      .innerJoin(stage, stageOfSession),
    tx
      .select({ sessionId: sessionIndicator.sessionId, indicatorId: sessionIndicator.indicatorId })
      .from(sessionIndicator),
  ]);
  return sessions.map((session) => ({
    ...session,
    indicatorIds: links
      .filter((link) => link.sessionId === session.id)
      .map((link) => link.indicatorId),
  }));
}

/** The teacher's decisions, with who made them (the coach's name on a pin). */
function loadDecisions(tx: Transaction, personId: string) {
  return tx
    .select({
      sessionId: recommendationDecision.sessionId,
      kind: recommendationDecision.kind,
      at: recommendationDecision.createdAt,
      decidedBy: personNameColumns,
    })
    .from(recommendationDecision)
    .innerJoin(person, deciderOfDecision)
    .where(eq(recommendationDecision.personId, personId))
    .orderBy(asc(recommendationDecision.createdAt));
}

function loadCompletions(tx: Transaction, personId: string) {
  return tx
    .select({
      sessionId: micropdProgress.sessionId,
      // The day as the teacher's district keeps dates: UTC.
      on: sql<string>`to_char(${micropdProgress.completedAt} at time zone 'UTC', 'YYYY-MM-DD')`,
    })
    .from(micropdProgress)
    .where(and(eq(micropdProgress.personId, personId), isNotNull(micropdProgress.completedAt)));
}

/** The teacher's recommended sessions, pinned first, each with its reason in words. */
export async function recommendationsFor(
  tx: Transaction,
  params: {
    personId: string;
    viewer?: EvidenceViewer;
    /** The coach reading a supported teacher's list: what they may see decides what counts. */
    readerId?: string;
  },
): Promise<RecommendedSession[]> {
  const viewer = params.viewer ?? "teacher";
  const [
    evidence,
    selfRated,
    videoTags,
    levels,
    indicators,
    sessions,
    open,
    completions,
    decisions,
    teamFocuses,
  ] = await Promise.all([
    loadIndicatorEvidence(tx, { teacherId: params.personId, viewer }),
    loadSelfRatingEvidence(tx, { teacherId: params.personId }),
    // Indicator tags on the teacher's classroom videos: coaching evidence like the rest.
    loadVideoTagEvidence(tx, { teacherId: params.personId, viewer, readerId: params.readerId }),
    loadObservationScale(tx),
    loadIndicatorsInOrder(tx),
    loadSessions(tx),
    openStages(tx, params.personId),
    loadCompletions(tx, params.personId),
    loadDecisions(tx, params.personId),
    focusesOfMyTeams(tx, params.personId),
  ]);

  const recommendations = recommendSessions({
    evidence: [...evidence, ...selfRated, ...videoTags],
    reader: viewer === "teacher" ? "teacher" : "coach",
    indicators: indicators.map((item, index) => ({
      id: item.id,
      title: item.title,
      position: index + 1,
      targetRank: item.targetRank,
    })),
    defaultTargetRank: levels.find((level) => level.isTarget)?.rank ?? null,
    levelLabels: new Map(levels.map((level) => [level.rank, level.label.toLocaleLowerCase("en")])),
    sessions: sessions.map((session) => ({
      id: session.id,
      stageId: session.stage.id,
      programPosition: session.programPosition,
      stagePosition: session.stage.position,
      position: session.position,
      indicatorIds: session.indicatorIds,
      elective: session.elective,
    })),
    openStageIds: new Set(open.map((row) => row.id)),
    completions,
    decisions,
    teamFocuses: teamFocuses.map(({ teamId, focus }) => ({
      teamId,
      indicatorIds: focus.indicators.map((item) => item.id),
      sessionIds: focus.sessions.map((item) => item.id),
      // The day as the rule writes days: UTC, like the completions.
      setOn: focus.setAt.toISOString().slice(0, 10),
    })),
  });

  const sessionById = new Map(sessions.map((session) => [session.id, session]));
  const teamById = new Map(teamFocuses.map((item) => [item.teamId, item]));
  const indicatorById = new Map(indicators.map((item) => [item.id, item]));
  const latestPin = new Map<string, { id: string; displayName: string; at: Date }>();
  for (const decision of decisions) {
    if (decision.kind !== "pinned") continue;
    const seen = latestPin.get(decision.sessionId);
    if (!seen || decision.at >= seen.at) {
      latestPin.set(decision.sessionId, { ...decision.decidedBy, at: decision.at });
    }
  }

  const all = [
    ...recommendations,
    ...nextInEachProgram({ sessions, open, completions, decisions, recommendations, viewer }),
  ];
  return all.flatMap((recommendation) => {
    const session = sessionById.get(recommendation.sessionId);
    if (!session) return [];
    const found = recommendation.indicatorId
      ? indicatorById.get(recommendation.indicatorId)
      : undefined;
    const pin = recommendation.pinned ? latestPin.get(session.id) : undefined;
    const team = recommendation.teamFocusId ? teamById.get(recommendation.teamFocusId) : undefined;
    return [
      {
        sessionId: session.id,
        title: session.title,
        estimatedMinutes: session.estimatedMinutes,
        stage: session.stage,
        program: session.programLabel
          ? { id: session.programId, title: session.programLabel }
          : null,
        indicator: found ? { id: found.id, code: found.code, title: found.title } : null,
        gap: recommendation.gap,
        reason: recommendation.reason,
        pinnedBy: pin ? { id: pin.id, displayName: pin.displayName } : null,
        teamFocus: team
          ? {
              teamId: team.teamId,
              teamName: team.teamName,
              setBy: team.focus.setBy,
              setAt: team.focus.setAt,
            }
          : null,
      },
    ];
  });
}

/** Whether the session exists, whether it is open to the teacher, and whether they completed it. */
export async function sessionStandingFor(
  tx: Transaction,
  params: { personId: string; sessionId: string },
): Promise<{ open: boolean; completed: boolean } | null> {
  const [found] = await tx
    .select({
      id: micropdSession.id,
      stageId: micropdSession.stageId,
      elective: micropdSession.elective,
    })
    .from(micropdSession)
    .where(eq(micropdSession.id, params.sessionId));
  if (!found) return null;
  const [openStages, [done]] = await Promise.all([
    openStageIds(tx, params.personId),
    tx.select({ id: micropdProgress.id }).from(micropdProgress).where(completedProgressOf(params)),
  ]);
  // An elective is open to every teacher, like a stage open to all.
  return { open: found.elective || openStages.has(found.stageId), completed: done !== undefined };
}

/** Records one decision; rows are only added, the latest per session counts. */
export async function recordDecision(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    sessionId: string;
    kind: "dismissed" | "pinned";
    reason: string | null;
    decidedById: string;
  },
): Promise<void> {
  await tx.insert(recommendationDecision).values(params);
}

/**
 * A coach withdraws a pin: the session's pin rows go, so the latest remaining decision (the
 * teacher's own dismissal, if any) counts again, or none. The one place rows are removed: a pin
 * withdrawn is as if it had not been made, and the teacher's own choices stay on record.
 */
export async function withdrawPins(
  tx: Transaction,
  params: { personId: string; sessionId: string },
): Promise<number> {
  const removed = await tx
    .delete(recommendationDecision)
    .where(
      and(
        eq(recommendationDecision.personId, params.personId),
        eq(recommendationDecision.sessionId, params.sessionId),
        eq(recommendationDecision.kind, "pinned"),
      ),
    )
    .returning({ id: recommendationDecision.id });
  return removed.length;
}
