import type {
  Caseload,
  CaseloadRow,
  TeamCaseload,
  TeamMeeting,
} from "@throughline/domain/caseload";
import { caseloadFlags, type StepFacts } from "@throughline/domain/rules/caseload-flags";
import { and, asc, desc, eq, inArray, max, ne, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import {
  actionPlan,
  actionStep,
  cohort,
  enrolment,
  meetingAttendance,
  micropdProgress,
  observation,
  school,
  sessionRelease,
  supportMeeting,
  team,
} from "../schema/index.ts";
import { loadCoachedTeamMembers, selectTeams, teamVisibleTo } from "./coached-teams.ts";
import { currentEnrolment, loadEnrolmentProgress } from "./stage-progress.ts";

interface TeamRef {
  id: string;
  name: string;
  schoolName: string;
}

/**
 * Caseload rows for the members of the given teams: five set-based queries however many
 * teachers, then the pure flag rules per teacher.
 */
async function buildRows(
  tx: Transaction,
  teams: readonly TeamRef[],
  now: Date,
): Promise<CaseloadRow[]> {
  const members = await loadCoachedTeamMembers(
    tx,
    teams.map((row) => row.id),
  );
  const personIds = [...new Set(members.map((member) => member.personId))];
  if (personIds.length === 0) return [];
  const nowText = now.toISOString();

  const progress = await loadEnrolmentProgress(tx, { personIds, now });

  // When each enrolment began, and (dated cohorts) how many released sessions are not done.
  const enrolmentFacts =
    progress.length === 0
      ? []
      : await tx
          .select({
            id: enrolment.id,
            personId: enrolment.personId,
            enrolledAt: enrolment.enrolledAt,
            releasedNotCompleted: sql<number>`(
              select count(*) from ${sessionRelease}
              where ${sessionRelease.districtId} = ${enrolment.districtId}
                and ${sessionRelease.cohortId} = ${enrolment.cohortId}
                and ${sessionRelease.releasesAt} <= ${nowText}::timestamptz
                and not exists (
                  select 1 from ${micropdProgress}
                  where ${micropdProgress.districtId} = ${sessionRelease.districtId}
                    and ${micropdProgress.sessionId} = ${sessionRelease.sessionId}
                    and ${micropdProgress.personId} = ${enrolment.personId}
                    and ${micropdProgress.completedAt} is not null
                )
            )`.mapWith(Number),
          })
          .from(enrolment)
          // The join is also what makes drizzle qualify the outer columns in the subquery.
          .innerJoin(
            cohort,
            and(eq(cohort.districtId, enrolment.districtId), eq(cohort.id, enrolment.cohortId)),
          )
          .where(
            inArray(
              enrolment.id,
              progress.map((row) => row.enrolmentId),
            ),
          );

  const steps = await tx
    .select({
      personId: actionPlan.personId,
      stageId: actionPlan.stageId,
      status: actionStep.status,
      dueOn: actionStep.dueOn,
    })
    .from(actionStep)
    .innerJoin(
      actionPlan,
      and(eq(actionPlan.districtId, actionStep.districtId), eq(actionPlan.id, actionStep.planId)),
    )
    .where(inArray(actionPlan.personId, personIds));

  // Only meetings that took place count: started by now and not cancelled.
  const lastMeetings = await tx
    .select({ personId: meetingAttendance.personId, lastAt: max(supportMeeting.startsAt) })
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
        inArray(meetingAttendance.personId, personIds),
        eq(meetingAttendance.attendance, "present"),
        ne(supportMeeting.status, "cancelled"),
        sql`${supportMeeting.startsAt} <= ${nowText}::timestamptz`,
      ),
    )
    .groupBy(meetingAttendance.personId);

  // The latest published coaching observation, by anyone: the "not observed in 45 days" flag.
  const lastObservations = await tx
    .select({ personId: observation.teacherId, lastOn: max(observation.observedOn) })
    .from(observation)
    .where(
      and(
        inArray(observation.teacherId, personIds),
        eq(observation.kind, "coaching"),
        eq(observation.status, "published"),
      ),
    )
    .groupBy(observation.teacherId);
  const lastObservedOf = new Map(lastObservations.map((row) => [row.personId, row.lastOn]));

  const teamById = new Map(teams.map((row) => [row.id, row]));
  const factsById = new Map(enrolmentFacts.map((row) => [row.id, row]));
  const lastMeetingOf = new Map(lastMeetings.map((row) => [row.personId, row.lastAt]));

  return personIds.map((personId) => {
    const memberships = members.filter((member) => member.personId === personId);
    const personTeams = memberships
      .map((member) => teamById.get(member.teamId))
      .filter((row) => row !== undefined);
    const current = currentEnrolment(progress, personId);
    const facts = current ? factsById.get(current.enrolmentId) : undefined;
    const enrolledSince = progress
      .filter((row) => row.personId === personId)
      .map((row) => factsById.get(row.enrolmentId)?.enrolledAt)
      .filter((date) => date !== undefined)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    const stageSteps: StepFacts[] = current
      ? steps.filter((step) => step.personId === personId && step.stageId === current.stage.id)
      : [];
    const lastMeetingAt = lastMeetingOf.get(personId) ?? null;
    return {
      personId,
      displayName: memberships[0]?.displayName ?? "",
      teams: personTeams.map(({ id, name }) => ({ id, name })),
      schoolName: personTeams[0]?.schoolName ?? "",
      stage: current ? { position: current.stage.position, title: current.stage.title } : null,
      status: current?.status ?? null,
      sessionsCompleted: current?.sessionsCompleted ?? 0,
      sessionsTotal: current?.sessionsTotal ?? 0,
      stepsDone: stageSteps.filter((step) => step.status === "done").length,
      stepsTotal: stageSteps.length,
      lastMeetingAt,
      flags: caseloadFlags(
        {
          micropd:
            current && facts
              ? {
                  releaseMode: current.releaseMode,
                  enrolledAt: facts.enrolledAt,
                  sessionsTotal: current.sessionsTotal,
                  sessionsCompleted: current.sessionsCompleted,
                  releasedNotCompleted: facts.releasedNotCompleted,
                }
              : null,
          steps: stageSteps,
          meetings: { enrolledAt: enrolledSince ?? null, lastAttendedAt: lastMeetingAt },
          status: current?.status ?? null,
          observations: {
            enrolledAt: enrolledSince ?? null,
            lastObservedOn: lastObservedOf.get(personId) ?? null,
          },
        },
        now,
      ),
    };
  });
}

/** The coach's whole caseload: every teacher of every team they see, one row each. */
export async function getCaseload(
  tx: Transaction,
  params: { personId: string; now?: Date },
): Promise<Caseload> {
  const teams = await selectTeams(tx)
    .where(teamVisibleTo(params.personId))
    .orderBy(asc(school.name), asc(team.name));
  const rows = await buildRows(tx, teams, params.now ?? new Date());
  return {
    teams: teams.map(({ id, name, schoolName }) => ({ id, name, schoolName })),
    rows,
  };
}

/**
 * The rows, with the same flags a coach sees, of every member of the given teams: what the
 * principal's and district's overview rolls up as "needs attention".
 */
export async function caseloadRowsOfTeams(
  tx: Transaction,
  params: { teamIds: string[]; now?: Date },
): Promise<CaseloadRow[]> {
  if (params.teamIds.length === 0) return [];
  const teams = await selectTeams(tx).where(inArray(team.id, params.teamIds));
  return buildRows(tx, teams, params.now ?? new Date());
}

/** Whether the team exists (in the viewer's district) and whether this person may view it. */
export async function teamCaseloadAccess(
  tx: Transaction,
  params: { teamId: string; personId: string },
): Promise<{ canView: boolean } | null> {
  const [found] = await tx
    .select({ id: team.id, canView: sql<boolean>`${teamVisibleTo(params.personId)}` })
    .from(team)
    .where(eq(team.id, params.teamId));
  return found ? { canView: Boolean(found.canView) } : null;
}

/**
 * One team: its members' rows, its past meetings with attendance counts of current members,
 * and the attendance rate: present / (members × meetings held). Null when the team is not found.
 */
export async function getTeamCaseload(
  tx: Transaction,
  params: { teamId: string; now?: Date },
): Promise<TeamCaseload | null> {
  const now = params.now ?? new Date();
  const [found] = await selectTeams(tx).where(eq(team.id, params.teamId));
  if (!found) return null;
  const members = await buildRows(tx, [found], now);

  const memberIds = members.map((member) => member.personId);
  const countOf = (kind: "present" | "absent" | "excused") =>
    memberIds.length === 0
      ? sql<number>`0`.mapWith(Number)
      : sql<number>`(
          select count(*) from ${meetingAttendance}
          where ${meetingAttendance.districtId} = ${supportMeeting.districtId}
            and ${meetingAttendance.meetingId} = ${supportMeeting.id}
            and ${meetingAttendance.attendance} = ${kind}
            and ${inArray(meetingAttendance.personId, memberIds)}
        )`.mapWith(Number);
  const meetings: TeamMeeting[] = await tx
    .select({
      id: supportMeeting.id,
      startsAt: supportMeeting.startsAt,
      title: supportMeeting.title,
      status: supportMeeting.status,
      present: countOf("present"),
      absent: countOf("absent"),
      excused: countOf("excused"),
    })
    .from(supportMeeting)
    // The join is also what makes drizzle qualify the outer columns in the count subqueries.
    .innerJoin(
      team,
      and(eq(team.districtId, supportMeeting.districtId), eq(team.id, supportMeeting.teamId)),
    )
    .where(
      and(
        eq(supportMeeting.teamId, params.teamId),
        sql`${supportMeeting.startsAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(desc(supportMeeting.startsAt));

  const held = meetings.filter((meeting) => meeting.status !== "cancelled");
  const present = held.reduce((sum, meeting) => sum + meeting.present, 0);
  const possible = members.length * held.length;
  return {
    team: found,
    members,
    meetings,
    meetingsHeld: held.length,
    attendanceRate: possible > 0 ? present / possible : null,
  };
}
