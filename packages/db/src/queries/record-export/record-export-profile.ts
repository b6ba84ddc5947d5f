import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  district,
  micropdProgress,
  micropdSession,
  person,
  program,
  school,
  stage,
  team,
  teamMember,
} from "../../schema/index.ts";
import { loadEnrolmentProgress } from "../enrolments/stage-progress.ts";
import { rowStageColumns } from "../framework/framework-columns.ts";
import { getViewer } from "../people/viewer.ts";
import {
  schoolOfTeam,
  sessionOfProgress,
  stageOfSession,
  teamOfMember,
} from "../sql/same-district-joins.ts";

/* The teacher's own profile and MicroPD record, for "Download my record". */

export interface RecordProfile {
  name: string;
  email: string;
  district: string;
  /** The district's time zone: every day and time in the record is read in it. */
  timeZone: string;
  roles: { role: string; school: string | null }[];
  schools: string[];
  teams: { name: string; kind: string; school: string }[];
}

/** The time zone of the person's district ("America/Chicago"). */
export async function personTimeZone(
  tx: Transaction,
  params: { personId: string },
): Promise<string> {
  const [row] = await tx
    .select({ timeZone: district.timeZone })
    .from(person)
    .innerJoin(district, eq(district.id, person.districtId))
    .where(eq(person.id, params.personId));
  return row?.timeZone ?? "UTC";
}

/** Name, email, roles with their schools, and the teams they belong to; null when inactive. */
export async function loadRecordProfile(
  tx: Transaction,
  params: { personId: string },
): Promise<RecordProfile | null> {
  const viewer = await getViewer(tx, params);
  if (!viewer) return null;
  const teams = await tx
    .select({ name: team.name, kind: team.kind, school: school.name })
    .from(teamMember)
    .innerJoin(team, teamOfMember)
    .innerJoin(school, schoolOfTeam)
    .where(eq(teamMember.personId, params.personId))
    .orderBy(asc(school.name), asc(team.name));
  const roles = viewer.roles.map((membership) => ({
    role: membership.role,
    school: membership.schoolName,
  }));
  const schools = [
    ...new Set([
      ...roles.flatMap((membership) => (membership.school ? [membership.school] : [])),
      ...teams.map((row) => row.school),
    ]),
  ].sort((a, b) => a.localeCompare(b));
  return {
    name: viewer.person.displayName,
    email: viewer.person.email,
    district: viewer.district.name,
    timeZone: await personTimeZone(tx, params),
    roles,
    schools,
    teams,
  };
}

export interface RecordMicroPdSession {
  position: number;
  title: string;
  startedAt: Date;
  completedAt: Date | null;
  creditedMinutes: number | null;
  reflection: string | null;
}

export interface RecordStage {
  /** The stage's program where the district runs more than one; null where it runs one. */
  program?: string | null;
  position: number;
  title: string;
  cohort: string | null;
  schoolYear: string | null;
  status: string | null;
  workshopAttended: boolean | null;
  sessionsCompleted: number;
  sessionsTotal: number | null;
  meetingsAttended: number | null;
  sessions: RecordMicroPdSession[];
}

/**
 * Every stage the teacher is enrolled in (with the status the home page shows) and every
 * MicroPD session they opened, with their reflection. Sessions of a stage they have since left
 * stay in the record under that stage.
 */
export async function loadRecordMicroPd(
  tx: Transaction,
  params: { personId: string; now: Date },
): Promise<RecordStage[]> {
  const [enrolments, sessions, programs] = await Promise.all([
    loadEnrolmentProgress(tx, { personIds: [params.personId], now: params.now }),
    tx
      .select({
        ...rowStageColumns,
        programId: stage.programId,
        position: micropdSession.position,
        title: micropdSession.title,
        startedAt: micropdProgress.createdAt,
        completedAt: micropdProgress.completedAt,
        creditedMinutes: micropdProgress.creditedMinutes,
        reflection: micropdProgress.reflection,
      })
      .from(micropdProgress)
      .innerJoin(micropdSession, sessionOfProgress)
      .innerJoin(stage, stageOfSession)
      .where(eq(micropdProgress.personId, params.personId))
      .orderBy(asc(stage.position), asc(micropdSession.position)),
    tx.select({ id: program.id, title: program.title, position: program.position }).from(program),
  ]);
  // Stage numbers count inside a program: where there are several, each stage names its own.
  const programOf = new Map(programs.map((row) => [row.id, row]));
  const programTitle = (programId: string) =>
    programs.length > 1 ? (programOf.get(programId)?.title ?? null) : null;
  const programPosition = (entry: { programId: string }) =>
    programOf.get(entry.programId)?.position ?? 0;
  const stages = new Map<string, RecordStage & { programId: string }>();

  for (const row of enrolments) {
    stages.set(row.stage.id, {
      programId: row.programId,
      program: programTitle(row.programId),
      position: row.stage.position,
      title: row.stage.title,
      cohort: row.cohortName,
      schoolYear: row.schoolYear,
      status: row.status,
      workshopAttended: row.workshopAttended,
      sessionsCompleted: row.sessionsCompleted,
      sessionsTotal: row.sessionsTotal,
      meetingsAttended: row.meetingsAttended,
      sessions: [],
    });
  }
  for (const { stageId, stagePosition, stageTitle, programId, ...session } of sessions) {
    const entry = stages.get(stageId) ?? {
      programId,
      program: programTitle(programId),
      position: stagePosition,
      title: stageTitle,
      cohort: null,
      schoolYear: null,
      status: null,
      workshopAttended: null,
      sessionsCompleted: 0,
      sessionsTotal: null,
      meetingsAttended: null,
      sessions: [],
    };
    entry.sessions.push(session);
    stages.set(stageId, entry);
  }
  const all = [...stages.values()].sort(
    (a, b) => programPosition(a) - programPosition(b) || a.position - b.position,
  );
  // A stage left behind has no enrolment to count from: count what the record holds.
  for (const entry of all) {
    if (entry.status === null) {
      entry.sessionsCompleted = entry.sessions.filter((s) => s.completedAt).length;
    }
  }
  return all.map(({ programId: _programId, ...entry }) => entry);
}
