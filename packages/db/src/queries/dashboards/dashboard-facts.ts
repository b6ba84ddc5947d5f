import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { and, asc, type Column, eq, gte, lte, ne, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  cohort,
  collaborationBlock,
  enrolment,
  evidenceFile,
  stage,
  supportMeeting,
} from "../../schema/index.ts";
import { loadEnrolmentProgressSummary } from "../enrolments/stage-progress-summary.ts";
import { loadDashboardBadges } from "./dashboard-badges.ts";
import { loadTeamBlockUse } from "./dashboard-block-use.ts";
import { loadMeetingMinutes } from "./dashboard-meeting-minutes.ts";
import { type DashboardReach, teachersInReach, teamsInReach } from "./dashboard-reach.ts";
import { loadSessionSummaries } from "./dashboard-sessions.ts";
import { loadTeacherMeetings } from "./dashboard-teacher-meetings.ts";

export interface DashboardFactsParams {
  /** Whose facts: the level's teachers and teams, selected in SQL (`dashboard-reach.ts`). */
  reach: DashboardReach;
  /** Whether the level covers anyone: an empty level skips its queries. */
  anyone: boolean;
  anyTeam: boolean;
  /** The window PD hours, meetings and collaboration minutes count in. */
  from: Date;
  to: Date;
  /** Pace counts sessions completed after this, up to `to`. */
  paceFrom: Date;
  /** The school year of the window, "2026-27": workshops count by their cohort's year. */
  schoolYear: string;
}

/**
 * The facts behind one dashboard level, for any number of teachers and teams in a fixed number
 * of set-based queries, each grouped in SQL to a row per teacher or per team: no fact row
 * (a MicroPD session, a meeting) reaches the server one by one.
 */
export async function loadDashboardFacts(
  tx: Transaction,
  params: DashboardFactsParams,
): Promise<DashboardFacts> {
  const { anyone, anyTeam, from, to } = params;
  const teachers = teachersInReach(params.reach);
  const teams = teamsInReach(params.reach);
  const personIn = (column: SQL | Column) => sql`${column} in (${teachers})`;
  const teamIn = (column: SQL | Column) => sql`${column} in (${teams})`;
  const inWindow = and(gte(supportMeeting.startsAt, from), lte(supportMeeting.startsAt, to));

  const [stages, enrolments, sessions, steps, workshops, meetings, teamMeetings, blocks, use] =
    await Promise.all([
      tx
        .select({ id: stage.id, position: stage.position, title: stage.title })
        .from(stage)
        .orderBy(asc(stage.position)),
      anyone ? loadEnrolmentProgressSummary(tx, teachers) : Promise.resolve([]),
      anyone
        ? loadSessionSummaries(tx, {
            teachers,
            from,
            to,
            paceFrom: params.paceFrom,
            wholeDistrict: params.reach.kind === "district",
          })
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
            .where(personIn(actionPlan.personId))
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
                personIn(enrolment.personId),
                eq(enrolment.workshopAttended, true),
                eq(cohort.schoolYear, params.schoolYear),
              ),
            )
            .groupBy(enrolment.personId)
        : Promise.resolve([]),
      anyone
        ? loadMeetingMinutes(tx, {
            teachers,
            from,
            to,
            wholeDistrict: params.reach.kind === "district",
          })
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
              and(teamIn(supportMeeting.teamId), ne(supportMeeting.status, "cancelled"), inWindow),
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
            .where(teamIn(collaborationBlock.teamId))
            .groupBy(collaborationBlock.teamId)
        : Promise.resolve([]),
      anyTeam ? loadTeamBlockUse(tx, { teams, from, to }) : Promise.resolve([]),
    ]);

  return {
    stages,
    enrolments,
    sessionSummaries: sessions,
    steps,
    workshopMinutes: workshops,
    meetingMinutes: meetings,
    teamMeetings,
    teamBlocks: blocks,
    teamBlockUse: use,
    // Only a team's rows and a teacher's own level count the meetings a teacher attended; the
    // school and district levels count their teams' meetings held.
    teacherMeetings:
      anyone && (params.reach.kind === "team" || params.reach.kind === "teacher")
        ? await loadTeacherMeetings(tx, { teachers, from, to })
        : [],
    badges: anyone ? await loadDashboardBadges(tx, teachers) : [],
  };
}
