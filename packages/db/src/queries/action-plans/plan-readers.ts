import type { PlanReaderKind } from "@throughline/domain/action-plan";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  cohort,
  enrolment,
  person,
  stage,
  team,
  teamMember,
} from "../../schema/index.ts";
import { activeEnrolment } from "../enrolments/active-enrolment.ts";
import { childCount } from "../sql/child-count.ts";
import {
  cohortOfEnrolment,
  stageOfPlan,
  teacherOfPlan,
  teamOfMember,
} from "../sql/same-district-joins.ts";

/**
 * Who may read a teacher's action plan, in one place so the API, the file routes and the tests
 * ask the same question:
 * - the teacher themself ("owner");
 * - a coach of a cohort the teacher is enrolled in, or the facilitator of a team the teacher is
 *   in ("coach");
 * - a member of one of the teacher's teams, only when the teacher shared the plan ("teammate").
 * Nobody else: principals do not read plan content.
 */

/** Whether `coachId` coaches or facilitates `teacherId`. */
export async function coachesTeacher(
  tx: Transaction,
  params: { coachId: string; teacherId: string },
): Promise<boolean> {
  if (params.coachId === params.teacherId) return false;
  const [viaCohort] = await tx
    .select({ id: enrolment.id })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(
      and(
        eq(enrolment.personId, params.teacherId),
        activeEnrolment,
        eq(cohort.coachId, params.coachId),
      ),
    )
    .limit(1);
  if (viaCohort) return true;
  const [viaTeam] = await tx
    .select({ id: teamMember.id })
    .from(teamMember)
    .innerJoin(team, teamOfMember)
    .where(and(eq(teamMember.personId, params.teacherId), eq(team.facilitatorId, params.coachId)))
    .limit(1);
  return viaTeam !== undefined;
}

/** Which of `teacherIds` `coachId` coaches or facilitates: `coachesTeacher` for many at once. */
export async function teachersCoachedBy(
  tx: Transaction,
  params: { coachId: string; teacherIds: readonly string[] },
): Promise<Set<string>> {
  const teacherIds = params.teacherIds.filter((id) => id !== params.coachId);
  if (teacherIds.length === 0) return new Set();
  const viaCohort = await tx
    .select({ personId: enrolment.personId })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(
      and(
        inArray(enrolment.personId, teacherIds),
        activeEnrolment,
        eq(cohort.coachId, params.coachId),
      ),
    );
  const viaTeam = await tx
    .select({ personId: teamMember.personId })
    .from(teamMember)
    .innerJoin(team, teamOfMember)
    .where(and(inArray(teamMember.personId, teacherIds), eq(team.facilitatorId, params.coachId)));
  return new Set([...viaCohort, ...viaTeam].map((row) => row.personId));
}

/** Whether two different people are members of a common team. */
async function shareATeam(tx: Transaction, a: string, b: string): Promise<boolean> {
  if (a === b) return false;
  const mine = sql`select ${teamMember.teamId} from ${teamMember} where ${teamMember.personId} = ${a}`;
  const [row] = await tx
    .select({ teamId: teamMember.teamId })
    .from(teamMember)
    .where(and(eq(teamMember.personId, b), sql`${teamMember.teamId} in (${mine})`))
    .limit(1);
  return row !== undefined;
}

export interface PlanAccess {
  plan: { id: string; personId: string; stageId: string; sharedWithTeam: boolean };
  reader: PlanReaderKind;
}

/** The plan and how the viewer may read it; null when the plan does not exist or is not theirs to read. */
export async function planAccessFor(
  tx: Transaction,
  params: { planId: string; viewerId: string },
): Promise<PlanAccess | null> {
  const [plan] = await tx
    .select({
      id: actionPlan.id,
      personId: actionPlan.personId,
      stageId: actionPlan.stageId,
      sharedWithTeam: actionPlan.sharedWithTeam,
    })
    .from(actionPlan)
    .where(eq(actionPlan.id, params.planId))
    .limit(1);
  if (!plan) return null;
  if (plan.personId === params.viewerId) return { plan, reader: "owner" };
  if (await coachesTeacher(tx, { coachId: params.viewerId, teacherId: plan.personId })) {
    return { plan, reader: "coach" };
  }
  if (plan.sharedWithTeam && (await shareATeam(tx, params.viewerId, plan.personId))) {
    return { plan, reader: "teammate" };
  }
  return null;
}

/** Which of `personIds` are in a common team with `viewerId`: `shareATeam` for many at once. */
async function teammatesAmong(
  tx: Transaction,
  params: { viewerId: string; personIds: readonly string[] },
): Promise<Set<string>> {
  const personIds = params.personIds.filter((id) => id !== params.viewerId);
  if (personIds.length === 0) return new Set();
  const mine = sql`select ${teamMember.teamId} from ${teamMember} where ${teamMember.personId} = ${params.viewerId}`;
  const rows = await tx
    .selectDistinct({ personId: teamMember.personId })
    .from(teamMember)
    .where(and(inArray(teamMember.personId, personIds), sql`${teamMember.teamId} in (${mine})`));
  return new Set(rows.map((row) => row.personId));
}

/**
 * Which of the plans the viewer may read, by the rule of `planAccessFor` (owner, coach or
 * facilitator, teammate when shared) for many plans at once.
 */
export async function plansReadableBy(
  tx: Transaction,
  params: {
    viewerId: string;
    plans: readonly { id: string; personId: string; sharedWithTeam: boolean }[];
  },
): Promise<Set<string>> {
  const others = params.plans.filter((plan) => plan.personId !== params.viewerId);
  const otherIds = [...new Set(others.map((plan) => plan.personId))];
  const coached = await teachersCoachedBy(tx, { coachId: params.viewerId, teacherIds: otherIds });
  const sharers = [
    ...new Set(
      others
        .filter((plan) => plan.sharedWithTeam && !coached.has(plan.personId))
        .map((plan) => plan.personId),
    ),
  ];
  const teammates = await teammatesAmong(tx, { viewerId: params.viewerId, personIds: sharers });
  const readable = params.plans.filter(
    (plan) =>
      plan.personId === params.viewerId ||
      coached.has(plan.personId) ||
      (plan.sharedWithTeam && teammates.has(plan.personId)),
  );
  return new Set(readable.map((plan) => plan.id));
}

/**
 * The plans the viewer reads as a "teammate": shared with the team by someone on one of the
 * viewer's teams (the same rule as `planAccessFor`), most recently changed first, with the
 * teams they have in common.
 */
export async function listPlansSharedWithTeammate(tx: Transaction, params: { viewerId: string }) {
  const viewerTeams = sql`select ${teamMember.teamId} from ${teamMember}
    where ${teamMember.personId} = ${params.viewerId}`;
  return tx
    .select({
      planId: actionPlan.id,
      teacherId: person.id,
      teacherName: person.displayName,
      stagePosition: stage.position,
      stageTitle: stage.title,
      goal: actionPlan.goal,
      updatedAt: actionPlan.updatedAt,
      stepCount: childCount(actionStep, actionStep.planId, actionPlan),
      teamNames: sql<string[]>`array(select t.name from team_member tm
        join team t on t.district_id = tm.district_id and t.id = tm.team_id
        where tm.person_id = ${actionPlan.personId} and tm.team_id in (${viewerTeams})
        order by t.name)`,
    })
    .from(actionPlan)
    .innerJoin(person, teacherOfPlan)
    .innerJoin(stage, stageOfPlan)
    .where(
      and(
        eq(actionPlan.sharedWithTeam, true),
        ne(actionPlan.personId, params.viewerId),
        sql`exists (select 1 from ${teamMember}
          where ${teamMember.personId} = ${actionPlan.personId}
            and ${teamMember.teamId} in (${viewerTeams}))`,
      ),
    )
    .orderBy(desc(actionPlan.updatedAt))
    .limit(200);
}
