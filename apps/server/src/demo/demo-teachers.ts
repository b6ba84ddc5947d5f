import type { Transaction } from "@throughline/db/client";
import { coachesTeacher } from "@throughline/db/queries/action-plans/plan-readers";
import { loadEnrolmentProgress } from "@throughline/db/queries/enrolments/stage-progress";
import { activeTeachersOfSchool, findPersonByEmail } from "@throughline/db/seed/demo-people";

/*
 * The demo's submitters: Maple Valley Elementary teachers other than the demo logins, whom
 * neither Leah Whitfield nor Theresa Lam coaches, so both reviewers may review every one.
 */

const SCHOOL = "Maple Valley Elementary";
const DEMO_LOGIN_TEACHERS = ["teacher@maplevalley.test", "leader@maplevalley.test"];
export const REVIEWER_EMAILS = {
  leah: "leah.whitfield@maplevalley.test",
  theresa: "theresa.lam@maplevalley.test",
} as const;

export interface DemoPerson {
  id: string;
  displayName: string;
}

/** A person of the district by email; the demo's reviewers are seeded, so missing is a bug. */
export async function personByEmail(tx: Transaction, email: string): Promise<DemoPerson> {
  const found = await findPersonByEmail(tx, email);
  if (!found) throw new Error(`The demo needs ${email}, who is not in the seed.`);
  return found;
}

/** `count` teachers of the elementary school that the reviewers do not coach (nor `exclude`). */
export async function demoSubmitters(
  tx: Transaction,
  count: number,
  exclude: readonly string[] = [],
): Promise<DemoPerson[]> {
  const reviewers = await Promise.all(
    Object.values(REVIEWER_EMAILS).map((email) => personByEmail(tx, email)),
  );
  const chosen = (
    await reviewableTeachers(
      tx,
      reviewers.map((reviewer) => reviewer.id),
    )
  )
    .filter((teacher) => !exclude.includes(teacher.id))
    .slice(0, count);
  if (chosen.length < count) {
    throw new Error(`The demo needs ${count} teachers at ${SCHOOL}; the seed has fewer.`);
  }
  return chosen;
}

/**
 * The demo's badge earner: a teacher the reviewer does not coach who has completed every
 * MicroPD session of the credential's stage, the work its evidence is built on, so the badge
 * sits beside the sessions and hours that earned it.
 */
export async function demoEarner(
  tx: Transaction,
  params: { stageId: string; reviewerId: string },
): Promise<DemoPerson> {
  const teachers = await reviewableTeachers(tx, [params.reviewerId]);
  const progress = await loadEnrolmentProgress(tx, {
    personIds: teachers.map((teacher) => teacher.id),
    now: new Date(),
  });
  const done = progress.find(
    (row) =>
      row.stage.id === params.stageId &&
      row.sessionsTotal > 0 &&
      row.sessionsCompleted === row.sessionsTotal,
  );
  const earner = teachers.find((teacher) => teacher.id === done?.personId);
  if (!earner) throw new Error(`The demo needs a teacher at ${SCHOOL} who finished the stage.`);
  return earner;
}

/** Teachers of the elementary school (not the demo logins) whom none of the reviewers coach. */
async function reviewableTeachers(
  tx: Transaction,
  reviewerIds: readonly string[],
): Promise<DemoPerson[]> {
  const teachers = await activeTeachersOfSchool(tx, SCHOOL);
  const chosen: DemoPerson[] = [];
  for (const teacher of teachers) {
    if (DEMO_LOGIN_TEACHERS.includes(teacher.email)) continue;
    const coached = await Promise.all(
      reviewerIds.map((coachId) => coachesTeacher(tx, { coachId, teacherId: teacher.id })),
    );
    if (coached.some(Boolean)) continue;
    chosen.push({ id: teacher.id, displayName: teacher.displayName });
  }
  return chosen;
}
