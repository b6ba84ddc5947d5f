import type { MentorAssignmentView } from "@throughline/domain/mentoring";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { mentorAssignment, person, roleMembership } from "../../schema/index.ts";
import { membershipsOfPerson, tenantJoin } from "../sql/same-district-joins.ts";

/*
 * Mentor assignments: who mentors whom, from when to when. One open assignment per mentee (a
 * partial unique index holds it even against two admins at once).
 */

const mentorPerson = alias(person, "assigned_mentor");
const menteePerson = alias(person, "assigned_mentee");

const assignmentColumns = {
  id: mentorAssignment.id,
  mentor: { id: mentorPerson.id, displayName: mentorPerson.displayName },
  mentee: { id: menteePerson.id, displayName: menteePerson.displayName },
  startedOn: mentorAssignment.startedOn,
  endedOn: mentorAssignment.endedOn,
};

function assignmentsWithPeople(tx: Transaction) {
  return tx
    .select(assignmentColumns)
    .from(mentorAssignment)
    .innerJoin(mentorPerson, tenantJoin(mentorPerson, mentorAssignment, mentorAssignment.mentorId))
    .innerJoin(menteePerson, tenantJoin(menteePerson, mentorAssignment, mentorAssignment.menteeId))
    .$dynamic();
}

/** The roles a person holds, with their schools. */
async function rolesOf(tx: Transaction, personId: string) {
  return tx
    .select({ role: roleMembership.role, schoolId: roleMembership.schoolId })
    .from(roleMembership)
    .where(eq(roleMembership.personId, personId));
}

/** What decides whether a person may mentor (`assignmentProblem`); null when there is no such person. */
export async function mentorCandidate(tx: Transaction, personId: string) {
  const [found] = await tx
    .select({ id: person.id, active: person.active })
    .from(person)
    .where(eq(person.id, personId));
  if (!found) return null;
  const roles = await rolesOf(tx, personId);
  return {
    ...found,
    teachesOrCoaches: roles.some((r) => r.role === "teacher" || r.role === "coach"),
  };
}

/** What decides whether a person may be mentored, and the schools they teach at. */
export async function menteeCandidate(tx: Transaction, personId: string) {
  const [found] = await tx
    .select({ id: person.id, active: person.active })
    .from(person)
    .where(eq(person.id, personId));
  if (!found) return null;
  const [roles, open] = await Promise.all([rolesOf(tx, personId), openAssignmentOf(tx, personId)]);
  const teaching = roles.filter((r) => r.role === "teacher");
  return {
    ...found,
    teaches: teaching.length > 0,
    schoolIds: teaching.flatMap((r) => (r.schoolId ? [r.schoolId] : [])),
    activeMentorId: open?.mentor.id ?? null,
  };
}

export async function insertAssignment(
  tx: Transaction,
  values: {
    districtId: string;
    mentorId: string;
    menteeId: string;
    startedOn: string;
    assignedById: string;
  },
): Promise<string> {
  const [created] = await tx
    .insert(mentorAssignment)
    .values(values)
    .returning({ id: mentorAssignment.id });
  if (!created) throw new Error("The mentor assignment was not recorded.");
  return created.id;
}

export async function endAssignment(
  tx: Transaction,
  params: { assignmentId: string; endedOn: string },
): Promise<void> {
  await tx
    .update(mentorAssignment)
    .set({ endedOn: params.endedOn })
    .where(and(eq(mentorAssignment.id, params.assignmentId), isNull(mentorAssignment.endedOn)));
}

export async function findAssignment(
  tx: Transaction,
  assignmentId: string,
): Promise<MentorAssignmentView | null> {
  const [row] = await assignmentsWithPeople(tx)
    .where(eq(mentorAssignment.id, assignmentId))
    .limit(1);
  return row ?? null;
}

/** The mentee's current mentor, if any. */
export async function openAssignmentOf(
  tx: Transaction,
  menteeId: string,
): Promise<MentorAssignmentView | null> {
  const [row] = await assignmentsWithPeople(tx)
    .where(and(eq(mentorAssignment.menteeId, menteeId), isNull(mentorAssignment.endedOn)))
    .limit(1);
  return row ?? null;
}

/** The mentor's current mentees, by name. */
export async function openAssignmentsOfMentor(
  tx: Transaction,
  mentorId: string,
): Promise<MentorAssignmentView[]> {
  return assignmentsWithPeople(tx)
    .where(and(eq(mentorAssignment.mentorId, mentorId), isNull(mentorAssignment.endedOn)))
    .orderBy(asc(menteePerson.displayName));
}

/** Open assignments of teachers who teach at the school, by mentee name. */
export async function openAssignmentsAtSchool(
  tx: Transaction,
  schoolId: string,
): Promise<MentorAssignmentView[]> {
  const teachersOfSchool = tx
    .select({ id: roleMembership.personId })
    .from(roleMembership)
    .where(and(eq(roleMembership.schoolId, schoolId), eq(roleMembership.role, "teacher")));
  return assignmentsWithPeople(tx)
    .where(
      and(isNull(mentorAssignment.endedOn), inArray(mentorAssignment.menteeId, teachersOfSchool)),
    )
    .orderBy(asc(menteePerson.displayName));
}

/** Whom the admin page offers: the school's active teachers, and the district's teachers and coaches. */
export async function assignmentOptions(tx: Transaction, schoolId: string) {
  const withRole = (roles: ("teacher" | "coach")[], schoolFilter: string | null) =>
    tx
      .selectDistinct({ id: person.id, displayName: person.displayName })
      .from(person)
      .innerJoin(roleMembership, membershipsOfPerson)
      .where(
        and(
          eq(person.active, true),
          inArray(roleMembership.role, roles),
          schoolFilter ? eq(roleMembership.schoolId, schoolFilter) : undefined,
        ),
      )
      .orderBy(asc(person.displayName));
  const [teachers, mentors] = await Promise.all([
    withRole(["teacher"], schoolId),
    withRole(["teacher", "coach"], null),
  ]);
  return { teachers, mentors };
}
