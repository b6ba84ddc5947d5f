import type { TeacherHome, Viewer } from "@throughline/domain/home";
import { nextMicroPdSession } from "@throughline/domain/rules/next-micropd-session";
import type { StageStatus } from "@throughline/domain/rules/stage-status";
import { asc, eq } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { person, roleMembership, school, stage } from "../../schema/index.ts";
import { stageNameColumns } from "../framework/framework-columns.ts";
import { programPositionOf } from "../framework/program-order.ts";
import type { SequenceSession } from "../micropd/micropd.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { sameDistrict, schoolOfMembership } from "../sql/same-district-joins.ts";
import { prebuiltSelect } from "./prebuilt-select.ts";
import { loadTeacherHomeEnrolments, type TeacherHomeEnrolment } from "./teacher-home-enrolments.ts";
import { loadProgramFacts, teacherProgramsOf } from "./teacher-programs.ts";

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
 * every stage for the timeline, and the programs they are in or must take. Three statements sent
 * together, in one round trip, whatever the number of sessions (four without `person`, which the
 * request's viewer gives: `teacherHomePersonOf`).
 */
export async function getTeacherHome(
  tx: Transaction,
  params: { personId: string; now: Date; person?: TeacherHomePerson },
): Promise<TeacherHome> {
  const found = params.person ?? (await findTeacherHomePerson(tx, params.personId));
  const [enrolments, stages, programFacts] = await Promise.all([
    loadTeacherHomeEnrolments(tx, { personId: params.personId }),
    frameworkStages(tx, {}),
    loadProgramFacts(tx, { personId: params.personId }),
  ]);
  const programs = teacherProgramsOf(programFacts, statusPerStage(enrolments));

  return {
    person: { id: found.id, displayName: found.displayName },
    schoolName: found.schoolName,
    enrolments: enrolments.map((row) => ({
      cohortId: row.cohortId,
      cohortName: row.cohortName,
      schoolYear: row.schoolYear,
      releaseMode: row.releaseMode,
      stage: row.stage,
      status: row.status,
      sessionsCompleted: row.sessionsCompleted,
      sessionsTotal: row.sessionsTotal,
      workshopAttended: row.workshopAttended,
      workshop: row.workshop,
      next: nextSessionOf(row, params.now),
    })),
    stages,
    programs,
  };
}

/** The teacher's status per stage; in two cohorts of one stage, complete wins. */
function statusPerStage(enrolments: readonly TeacherHomeEnrolment[]): Map<string, StageStatus> {
  const statuses = new Map<string, StageStatus>();
  for (const row of enrolments) {
    if (statuses.get(row.stage.id) !== "complete") statuses.set(row.stage.id, row.status);
  }
  return statuses;
}

/**
 * The next-session rule over the one session it can pick: the statement already found the first
 * in stage order that the teacher has not completed (none when she finished the stage).
 */
function nextSessionOf(
  row: TeacherHomeEnrolment,
  now: Date,
): TeacherHome["enrolments"][number]["next"] {
  const first = row.firstUncompleted;
  const candidates = first
    ? [
        {
          id: first.id,
          position: first.position,
          title: first.title,
          summary: first.summary,
          estimatedMinutes: first.estimatedMinutes,
          // Self-paced cohorts open every session at once ("no waiting for the next piece").
          releasedAt: row.releaseMode === "dated" ? first.releasesAt : null,
        },
      ]
    : [];
  return withoutReleaseDate(nextMicroPdSession(candidates, new Set(), now));
}

/** Every stage of the district by position (programs side by side), for links to any stage. */
const frameworkStages = prebuiltSelect("teacher_home_stages", () => {
  const selection = stageNameColumns;
  const query = new QueryBuilder({ casing: "snake_case" })
    .select(selection)
    .from(stage)
    .orderBy(asc(stage.position), asc(programPositionOf));
  return { query, selection };
});

/** The school is the one the person teaches at (the first by name if several). */
async function findTeacherHomePerson(tx: Transaction, personId: string) {
  const [found] = await tx
    .select({ ...personNameColumns, schoolName: school.name })
    .from(person)
    .leftJoin(
      roleMembership,
      sameDistrict(
        roleMembership,
        person,
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

type Next = ReturnType<typeof nextMicroPdSession<SessionWithRelease>>;
/** A session of the stage with its release, as the sequence rule reads it (no completion). */
type SessionWithRelease = Omit<SequenceSession, "completedAt">;

/** The home page shows when a session opens in `opensAt`; the session itself stays a summary. */
function withoutReleaseDate(next: Next): TeacherHome["enrolments"][number]["next"] {
  if (next.kind === "finished") return next;
  const { releasedAt: _releasedAt, ...session } = next.session;
  return next.kind === "scheduled"
    ? { kind: "scheduled", session, opensAt: next.opensAt }
    : { kind: "available", session };
}
