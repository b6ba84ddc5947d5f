import { type AnyColumn, and, eq, isNotNull, type SQL } from "drizzle-orm";
import { micropdProgress } from "../../schema/index.ts";

/** The unique key of a progress row, what an upsert of it conflicts on: a teacher and a session. */
export const progressKey = [
  micropdProgress.districtId,
  micropdProgress.personId,
  micropdProgress.sessionId,
];

/** A teacher and one MicroPD session: whose progress row, in which session. */
interface TeacherSession {
  personId: string;
  sessionId: string;
}

/** A teacher's reflection on a session, written at `now`: on completing it, or after the lesson. */
export interface ReflectionWrite extends TeacherSession {
  districtId: string;
  reflection: string;
  now: Date;
}

/** The key columns of a new progress row: the teacher's, in the session, in their district. */
export function progressRow(params: TeacherSession & { districtId: string }) {
  return { districtId: params.districtId, personId: params.personId, sessionId: params.sessionId };
}

/** A teacher and a session to find a progress row by: values, or columns of the joined row. */
interface ProgressLookup {
  personId: string | AnyColumn;
  sessionId: string | AnyColumn;
}

/** The teacher's own progress row in the session (there is at most one). */
export function progressOf(params: ProgressLookup): SQL | undefined {
  return and(
    eq(micropdProgress.personId, params.personId),
    eq(micropdProgress.sessionId, params.sessionId),
  );
}

/** The teacher's progress row in the session, once they have completed it. */
export function completedProgressOf(params: ProgressLookup): SQL | undefined {
  return and(progressOf(params), isNotNull(micropdProgress.completedAt));
}
