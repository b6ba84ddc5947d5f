import type { TeacherHome, Viewer } from "@throughline/domain/home";
import { nextMicroPdSession } from "@throughline/domain/rules/next-micropd-session";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  micropdProgress,
  micropdSession,
  person,
  roleMembership,
  school,
  sessionRelease,
  stage,
} from "../../schema/index.ts";
import { loadWorkshops } from "../cohorts/workshop.ts";
import { loadEnrolmentProgress } from "../enrolments/stage-progress.ts";
import { schoolOfMembership } from "../sql/same-district-joins.ts";

/** Never used in practice (every enrolment has its cohort); keeps the type honest. */
const noWorkshop = {
  startsAt: null,
  location: null,
  videoUrl: null,
  description: null,
  minutes: 0,
};

/** Who the home is for: the name and the school the person teaches at. */
export interface TeacherHomePerson {
  id: string;
  displayName: string;
  schoolName: string | null;
}

/**
 * The person a request's viewer already carries (roles come ordered by role, then school
 * name), so the home needs no query of its own for it: the first school they teach at.
 */
export function teacherHomePersonOf(viewer: Viewer): TeacherHomePerson {
  const teaching = viewer.roles.find((role) => role.role === "teacher");
  return {
    id: viewer.person.id,
    displayName: viewer.person.displayName,
    schoolName: teaching?.schoolName ?? null,
  };
}

/**
 * A teacher's path: each current enrolment with its stage status and the next MicroPD session,
 * and the whole framework for the timeline. Four queries, whatever the number of sessions
 * (five without `person`, which the request's viewer gives: `teacherHomePersonOf`).
 */
export async function getTeacherHome(
  tx: Transaction,
  params: { personId: string; now: Date; person?: TeacherHomePerson },
): Promise<TeacherHome> {
  const found = params.person ?? (await findTeacherHomePerson(tx, params.personId));

  const [enrolments, stages] = await Promise.all([
    loadEnrolmentProgress(tx, { personIds: [params.personId], now: params.now }),
    tx
      .select({ id: stage.id, position: stage.position, title: stage.title })
      .from(stage)
      .orderBy(asc(stage.position)),
  ]);
  const sessions = await loadCohortSessions(tx, {
    personId: params.personId,
    cohortIds: enrolments.map((row) => row.cohortId),
  });
  const workshops = await loadWorkshops(tx, { cohortIds: enrolments.map((row) => row.cohortId) });

  return {
    person: { id: found.id, displayName: found.displayName },
    schoolName: found.schoolName,
    enrolments: enrolments.map((row) => {
      const ofCohort = sessions.filter((session) => session.cohortId === row.cohortId);
      const completed = new Set(ofCohort.filter((s) => s.completed).map((s) => s.id));
      const next = nextMicroPdSession(
        ofCohort.map((session) => ({
          id: session.id,
          position: session.position,
          title: session.title,
          summary: session.summary,
          estimatedMinutes: session.estimatedMinutes,
          // Self-paced cohorts open every session at once ("no waiting for the next piece").
          releasedAt: row.releaseMode === "dated" ? session.releasesAt : null,
        })),
        completed,
        params.now,
      );
      return {
        cohortId: row.cohortId,
        cohortName: row.cohortName,
        schoolYear: row.schoolYear,
        releaseMode: row.releaseMode,
        stage: row.stage,
        status: row.status,
        sessionsCompleted: row.sessionsCompleted,
        sessionsTotal: row.sessionsTotal,
        workshopAttended: row.workshopAttended,
        workshop: workshops.get(row.cohortId) ?? noWorkshop,
        next: withoutReleaseDate(next),
      };
    }),
    stages,
  };
}

/** The school is the one the person teaches at (the first by name if several). */
async function findTeacherHomePerson(tx: Transaction, personId: string) {
  const [found] = await tx
    .select({ id: person.id, displayName: person.displayName, schoolName: school.name })
    .from(person)
    .leftJoin(
      roleMembership,
      and(
        eq(roleMembership.districtId, person.districtId),
        eq(roleMembership.personId, person.id),
        eq(roleMembership.role, "teacher"),
      ),
    )
    .leftJoin(school, schoolOfMembership)
    .where(eq(person.id, personId))
    .orderBy(asc(school.name))
    .limit(1);
  if (!found) throw new Error("No such person in this district.");
  return found;
}

/**
 * The sessions of the cohorts' stages, with each cohort's release date and the teacher's
 * completion. Prepared: on PostgreSQL the connection keeps the statement and its plan, so each
 * home after the first sends it in one round trip instead of describing it first.
 */
async function loadCohortSessions(
  tx: Transaction,
  params: { personId: string; cohortIds: string[] },
) {
  if (params.cohortIds.length === 0) return [];
  return tx
    .select({
      cohortId: cohort.id,
      id: micropdSession.id,
      position: micropdSession.position,
      title: micropdSession.title,
      summary: micropdSession.summary,
      estimatedMinutes: micropdSession.estimatedMinutes,
      releasesAt: sessionRelease.releasesAt,
      completed: sql<boolean>`exists (
        select 1 from ${micropdProgress}
        where ${micropdProgress.districtId} = ${micropdSession.districtId}
          and ${micropdProgress.sessionId} = ${micropdSession.id}
          and ${micropdProgress.personId} = ${params.personId}
          and ${micropdProgress.completedAt} is not null
      )`,
    })
    .from(cohort)
    .innerJoin(
      micropdSession,
      and(
        eq(micropdSession.districtId, cohort.districtId),
        eq(micropdSession.stageId, cohort.stageId),
      ),
    )
    .leftJoin(
      sessionRelease,
      and(
        eq(sessionRelease.districtId, cohort.districtId),
        eq(sessionRelease.cohortId, cohort.id),
        eq(sessionRelease.sessionId, micropdSession.id),
      ),
    )
    .where(inArray(cohort.id, params.cohortIds))
    .orderBy(asc(micropdSession.position))
    .prepare("teacher_home_sessions")
    .execute();
}

type Next = ReturnType<typeof nextMicroPdSession<SessionWithRelease>>;
interface SessionWithRelease {
  id: string;
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
  releasedAt: Date | null;
}

/** The home page shows when a session opens in `opensAt`; the session itself stays a summary. */
function withoutReleaseDate(next: Next): TeacherHome["enrolments"][number]["next"] {
  if (next.kind === "finished") return next;
  const { releasedAt: _releasedAt, ...session } = next.session;
  return next.kind === "scheduled"
    ? { kind: "scheduled", session, opensAt: next.opensAt }
    : { kind: "available", session };
}
