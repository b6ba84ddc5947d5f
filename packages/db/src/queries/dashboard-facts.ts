import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { and, asc, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import {
  actionPlan,
  actionStep,
  cohort,
  collaborationBlock,
  enrolment,
  evidenceFile,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  stage,
  supportMeeting,
} from "../schema/index.ts";
import { anyId } from "./any-id.ts";
import { loadDashboardBadges } from "./dashboard-badges.ts";
import { loadTeamBlockUse } from "./dashboard-block-use.ts";
import { loadTeacherMeetings } from "./dashboard-teacher-meetings.ts";
import { loadEnrolmentProgress } from "./stage-progress.ts";

export interface DashboardFactsParams {
  personIds: string[];
  teamIds: string[];
  /** The window PD hours, meetings and collaboration minutes count in. */
  from: Date;
  to: Date;
  /** The school year of the window, "2026-27": workshops count by their cohort's year. */
  schoolYear: string;
}

/**
 * The facts behind one dashboard level, for any number of teachers and teams in a fixed number
 * of set-based queries (grouped in SQL where only a count or a sum is needed).
 */
export async function loadDashboardFacts(
  tx: Transaction,
  params: DashboardFactsParams,
): Promise<DashboardFacts> {
  const { personIds, teamIds, from, to } = params;
  const anyone = personIds.length > 0;
  const anyTeam = teamIds.length > 0;
  const inWindow = and(gte(supportMeeting.startsAt, from), lte(supportMeeting.startsAt, to));

  const [stages, enrolments, sessions, steps, workshops, meetings, teamMeetings, blocks, use] =
    await Promise.all([
      tx
        .select({ id: stage.id, position: stage.position, title: stage.title })
        .from(stage)
        .orderBy(asc(stage.position)),
      loadEnrolmentProgress(tx, { personIds, now: to }),
      anyone
        ? tx
            .select({
              personId: micropdProgress.personId,
              stageId: micropdSession.stageId,
              openedAt: micropdProgress.createdAt,
              completedAt: micropdProgress.completedAt,
              minutes:
                sql<number>`coalesce(${micropdProgress.creditedMinutes}, ${micropdSession.estimatedMinutes})`.mapWith(
                  Number,
                ),
            })
            .from(micropdProgress)
            .innerJoin(
              micropdSession,
              and(
                eq(micropdSession.districtId, micropdProgress.districtId),
                eq(micropdSession.id, micropdProgress.sessionId),
              ),
            )
            .where(anyId(micropdProgress.personId, personIds))
        : Promise.resolve([]),
      anyone
        ? tx
            .select({
              personId: actionPlan.personId,
              total: sql<number>`count(*)`.mapWith(Number),
              // Evidence is words, a link or a file; blank text does not count.
              doneWithEvidence: sql<number>`count(*) filter (
                where ${actionStep.status} = 'done' and (
                  btrim(coalesce(${actionStep.evidenceUrl}, '')) <> ''
                  or btrim(coalesce(${actionStep.evidenceText}, '')) <> ''
                  or exists (
                    select 1 from ${evidenceFile}
                    where ${evidenceFile.districtId} = ${actionStep.districtId}
                      and ${evidenceFile.stepId} = ${actionStep.id}
                  )
                )
              )`.mapWith(Number),
            })
            .from(actionStep)
            .innerJoin(
              actionPlan,
              and(
                eq(actionPlan.districtId, actionStep.districtId),
                eq(actionPlan.id, actionStep.planId),
              ),
            )
            .where(anyId(actionPlan.personId, personIds))
            .groupBy(actionPlan.personId)
        : Promise.resolve([]),
      anyone
        ? tx
            .select({
              personId: enrolment.personId,
              minutes: sql<number>`sum(${cohort.workshopMinutes})`.mapWith(Number),
            })
            .from(enrolment)
            .innerJoin(
              cohort,
              and(eq(cohort.districtId, enrolment.districtId), eq(cohort.id, enrolment.cohortId)),
            )
            .where(
              and(
                anyId(enrolment.personId, personIds),
                eq(enrolment.workshopAttended, true),
                eq(cohort.schoolYear, params.schoolYear),
              ),
            )
            .groupBy(enrolment.personId)
        : Promise.resolve([]),
      anyone
        ? tx
            .select({
              personId: meetingAttendance.personId,
              // Meetings closed before held minutes were recorded count their planned length.
              minutes:
                sql<number>`sum(greatest(0, coalesce(${supportMeeting.heldMinutes}, round(extract(epoch from ${supportMeeting.endsAt} - ${supportMeeting.startsAt}) / 60))))`.mapWith(
                  Number,
                ),
            })
            .from(meetingAttendance)
            .innerJoin(
              supportMeeting,
              and(
                eq(supportMeeting.districtId, meetingAttendance.districtId),
                eq(supportMeeting.id, meetingAttendance.meetingId),
              ),
            )
            .where(
              and(
                anyId(meetingAttendance.personId, personIds),
                eq(meetingAttendance.attendance, "present"),
                eq(supportMeeting.status, "closed"),
                inWindow,
              ),
            )
            .groupBy(meetingAttendance.personId)
        : Promise.resolve([]),
      anyTeam
        ? tx
            .select({
              teamId: supportMeeting.teamId,
              held: sql<number>`count(*) filter (where ${supportMeeting.status} = 'closed')`.mapWith(
                Number,
              ),
              scheduled: sql<number>`count(*)`.mapWith(Number),
            })
            .from(supportMeeting)
            .where(
              and(
                anyId(supportMeeting.teamId, teamIds),
                ne(supportMeeting.status, "cancelled"),
                inWindow,
              ),
            )
            .groupBy(supportMeeting.teamId)
        : Promise.resolve([]),
      anyTeam
        ? tx
            .select({
              teamId: collaborationBlock.teamId,
              weeklyMinutes:
                sql<number>`sum(${collaborationBlock.endMinute} - ${collaborationBlock.startMinute})`.mapWith(
                  Number,
                ),
            })
            .from(collaborationBlock)
            .where(anyId(collaborationBlock.teamId, teamIds))
            .groupBy(collaborationBlock.teamId)
        : Promise.resolve([]),
      loadTeamBlockUse(tx, { teamIds, from, to }),
    ]);

  return {
    stages,
    enrolments: enrolments.map((row) => ({
      personId: row.personId,
      stageId: row.stage.id,
      status: row.status,
      workshopAttended: row.workshopAttended,
      sessionsTotal: row.sessionsTotal,
      sessionsCompleted: row.sessionsCompleted,
    })),
    sessions,
    steps,
    workshopMinutes: workshops,
    meetingMinutes: meetings,
    teamMeetings,
    teamBlocks: blocks,
    teamBlockUse: use,
    teacherMeetings: anyone ? await loadTeacherMeetings(tx, params) : [],
    badges: await loadDashboardBadges(tx, personIds),
  };
}
