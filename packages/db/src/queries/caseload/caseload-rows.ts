import type { CaseloadRow } from "@throughline/domain/caseload";
import { caseloadFlags, type StepFacts } from "@throughline/domain/rules/caseload-flags";
import { and, eq, max, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  meetingAttendance,
  observation,
  supportMeeting,
} from "../../schema/index.ts";
import { anyId } from "../sql/any-id.ts";
import { loadCaseloadEnrolments } from "./caseload-progress.ts";
import type { CoachedTeamMember } from "./coached-teams.ts";

export interface TeamRef {
  id: string;
  name: string;
  schoolName: string;
}

/** Groups rows by a key, keeping their order: one pass, however many people. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The action steps of the people's plans, with the stage each plan is for. */
function loadPlanSteps(tx: Transaction, personIds: readonly string[]) {
  return tx
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
    .where(anyId(actionPlan.personId, personIds))
    .prepare("caseload_plan_steps")
    .execute();
}

/** Each person's last meeting that took place with them present: started by now, not cancelled. */
function loadLastMeetings(tx: Transaction, personIds: readonly string[], now: Date) {
  // The teachers' attended meetings, each looked up once by its key: a team's teachers attend
  // the same meetings, so a caseload of 100 with 1,244 attendance rows looks up 140 meetings
  // (joined as a set, the planner would read every meeting of the district instead).
  const attended = tx.$with("attended").as(
    tx
      .select({ personId: meetingAttendance.personId, meetingId: meetingAttendance.meetingId })
      .from(meetingAttendance)
      .where(
        and(
          anyId(meetingAttendance.personId, personIds),
          eq(meetingAttendance.attendance, "present"),
        ),
      ),
  );
  const held = tx.$with("held").as(
    tx
      .select({ id: supportMeeting.id, startsAt: supportMeeting.startsAt })
      .from(supportMeeting)
      .where(
        and(
          sql`${supportMeeting.id} = any(array(select distinct ${attended.meetingId} from ${attended}))`,
          ne(supportMeeting.status, "cancelled"),
          sql`${supportMeeting.startsAt} <= ${now.toISOString()}::timestamptz`,
        ),
      ),
  );
  return tx
    .with(attended, held)
    .select({ personId: attended.personId, lastAt: max(held.startsAt) })
    .from(attended)
    .innerJoin(held, eq(held.id, attended.meetingId))
    .groupBy(attended.personId)
    .prepare("caseload_last_meetings")
    .execute();
}

/** The latest published coaching observation of each person, by anyone. */
function loadLastObservations(tx: Transaction, personIds: readonly string[]) {
  return tx
    .select({ personId: observation.teacherId, lastOn: max(observation.observedOn) })
    .from(observation)
    .where(
      and(
        anyId(observation.teacherId, personIds),
        eq(observation.kind, "coaching"),
        eq(observation.status, "published"),
      ),
    )
    .groupBy(observation.teacherId)
    .prepare("caseload_last_observations")
    .execute();
}

/**
 * Caseload rows for the given members of the given teams (`loadTeamsWithMembers`): four
 * set-based queries sent together (one round trip), however many teachers; then the pure flag
 * rules per teacher. Every caseload statement is prepared by name (its text is the same for
 * every coach; the ids travel as one array parameter), so PostgreSQL parses it once per
 * connection rather than on each request: a third of the caseload's database time.
 */
export async function buildCaseloadRows(
  tx: Transaction,
  teams: readonly TeamRef[],
  members: readonly CoachedTeamMember[],
  now: Date,
): Promise<CaseloadRow[]> {
  const personIds = [...new Set(members.map((member) => member.personId))];
  if (personIds.length === 0) return [];

  const [progress, steps, lastMeetings, lastObservations] = await Promise.all([
    loadCaseloadEnrolments(tx, { personIds, now }),
    loadPlanSteps(tx, personIds),
    loadLastMeetings(tx, personIds, now),
    loadLastObservations(tx, personIds),
  ]);

  const teamById = new Map(teams.map((row) => [row.id, row]));
  const membershipsOf = groupBy(members, (member) => member.personId);
  const progressOf = groupBy(progress, (row) => row.personId);
  const stepsOf = groupBy(steps, (step) => step.personId);
  const lastMeetingOf = new Map(lastMeetings.map((row) => [row.personId, row.lastAt]));
  const lastObservedOf = new Map(lastObservations.map((row) => [row.personId, row.lastOn]));

  return personIds.map((personId) => {
    const memberships = membershipsOf.get(personId) ?? [];
    const personTeams = memberships
      .map((member) => teamById.get(member.teamId))
      .filter((row) => row !== undefined);
    const enrolments = progressOf.get(personId) ?? [];
    // The current enrolment: the highest stage's (the rows come in stage order).
    const current = enrolments.at(-1);
    const enrolledSince = enrolments
      .map((row) => row.enrolledAt)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    const stageSteps: StepFacts[] = current
      ? (stepsOf.get(personId) ?? []).filter((step) => step.stageId === current.stage.id)
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
          micropd: current
            ? {
                releaseMode: current.releaseMode,
                enrolledAt: current.enrolledAt,
                sessionsTotal: current.sessionsTotal,
                sessionsCompleted: current.sessionsCompleted,
                releasedNotCompleted: current.releasedNotCompleted,
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
