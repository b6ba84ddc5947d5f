import type {
  CandidateSource,
  CandidateStanding,
  EnrolCandidate,
  EnrolResult,
} from "@throughline/domain/cohort-admin";
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, enrolment, person, roleMembership, teamMember } from "../../schema/index.ts";
import { cohortOfEnrolment, membershipsOfPerson } from "../sql/same-district-joins.ts";

/*
 * Enrolling teachers in a cohort in bulk. Active teachers of the cohort's school can be
 * enrolled, and so can its staff and the district's ("learner first, leader second": a
 * principal in a leadership cohort), found by name; a teacher already active in another cohort of the same stage is left where they
 * are, so nobody goes through one stage twice at once. Withdrawing keeps the enrolment row, so
 * the teacher's progress stays.
 */

export interface CohortRef {
  cohortId: string;
  schoolId: string;
  stageId: string;
}

/** Where each teacher stands, from one row per teacher of the school. */
function standingColumns(ref: CohortRef) {
  return {
    personId: person.id,
    displayName: person.displayName,
    email: person.email,
    ownStatus: sql<string | null>`(
      select ${enrolment.status}::text from ${enrolment}
      where ${enrolment.districtId} = ${person.districtId}
        and ${enrolment.personId} = ${person.id}
        and ${enrolment.cohortId} = ${ref.cohortId}
    )`,
    otherCohortName: sql<string | null>`(
      select ${cohort.name} from ${enrolment}
      join ${cohort} on ${cohort.districtId} = ${enrolment.districtId}
        and ${cohort.id} = ${enrolment.cohortId}
      where ${enrolment.districtId} = ${person.districtId}
        and ${enrolment.personId} = ${person.id}
        and ${enrolment.status} = 'active'
        and ${cohort.stageId} = ${ref.stageId}
        and ${cohort.id} <> ${ref.cohortId}
      order by ${cohort.name}
      limit 1
    )`,
  };
}

/**
 * One row per teacher of the cohort's school (with `staffToo`, also per coach or principal of
 * the school and per holder of a district-wide role), with their standing. The join also makes
 * the standing subqueries name their outer columns by table, which a one-table select would not.
 */
function learnersOfSchool(tx: Transaction, ref: CohortRef, staffToo: boolean) {
  const holdsRole = staffToo
    ? or(eq(roleMembership.schoolId, ref.schoolId), isNull(roleMembership.schoolId))
    : and(eq(roleMembership.role, "teacher"), eq(roleMembership.schoolId, ref.schoolId));
  return tx
    .selectDistinct(standingColumns(ref))
    .from(person)
    .innerJoin(roleMembership, and(membershipsOfPerson, holdsRole));
}

function standingOf(row: { ownStatus: string | null; otherCohortName: string | null }) {
  let standing: CandidateStanding = "free";
  if (row.ownStatus === "active" || row.ownStatus === "completed") standing = "enrolled";
  else if (row.otherCohortName !== null) standing = "other_cohort";
  else if (row.ownStatus === "withdrawn") standing = "withdrawn";
  return standing;
}

/** Free or withdrawn: enrolling would add them (already here or elsewhere in the stage: not). */
function canJoin(row: { ownStatus: string | null; otherCohortName: string | null }): boolean {
  const standing = standingOf(row);
  return standing === "free" || standing === "withdrawn";
}

/** `%` and `_` typed by a person are letters, not wildcards. */
function containsPattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Teachers of the cohort's school who could be enrolled: a team's members, the whole school, or
 * those whose name or email contains the query (staff of the school and the district too), each
 * with their standing.
 */
export async function listEnrolCandidates(
  tx: Transaction,
  params: CohortRef & { by: CandidateSource; teamId?: string | null; query?: string },
): Promise<Omit<EnrolCandidate, "currentStage" | "heldBackReason">[]> {
  const filters: SQL[] = [eq(person.active, true)];
  if (params.by === "team" && params.teamId) {
    filters.push(sql`exists (
      select 1 from ${teamMember}
      where ${teamMember.districtId} = ${person.districtId}
        and ${teamMember.personId} = ${person.id}
        and ${teamMember.teamId} = ${params.teamId}
    )`);
  }
  if (params.by === "search" && params.query) {
    const pattern = containsPattern(params.query);
    filters.push(sql`(${person.displayName} ilike ${pattern} or ${person.email} ilike ${pattern})`);
  }
  const rows = await learnersOfSchool(tx, params, params.by === "search")
    .where(and(...filters))
    .orderBy(asc(person.displayName), asc(person.id))
    .limit(500);
  return rows.map((row) => {
    const standing = standingOf(row);
    return {
      personId: row.personId,
      displayName: row.displayName,
      email: row.email,
      standing,
      otherCohortName: standing === "other_cohort" ? row.otherCohortName : null,
    };
  });
}

export interface EnrolOutcome {
  result: EnrolResult;
  /** Teachers who are now in the cohort and were not a moment ago: they are told. */
  newlyEnrolledIds: string[];
  /** Chosen people who are neither teachers nor staff of the cohort's school: nothing was done. */
  notTeachersHere: string[];
}

/**
 * Enrols the chosen teachers: new ones in one multi-row insert, withdrawn ones re-activated;
 * those already in the cohort or active in another cohort of the stage are counted and left.
 * When any chosen person is not a teacher of the school, nothing is written.
 */
export async function enrolTeachers(
  tx: Transaction,
  params: CohortRef & {
    districtId: string;
    personIds: readonly string[];
    now: Date;
    /** Chosen teachers the stage order holds back, with why: listed, never enrolled. */
    heldBack?: ReadonlyMap<string, string>;
    /** Teachers enrolled past the stage order: the admin and the reason, per person. */
    overrides?: { byId: string; reasons: ReadonlyMap<string, string> };
  },
): Promise<EnrolOutcome> {
  const rows = await learnersOfSchool(tx, params, true).where(
    and(inArray(person.id, [...params.personIds]), eq(person.active, true)),
  );
  const found = new Set(rows.map((row) => row.personId));
  const notTeachersHere = params.personIds.filter((id) => !found.has(id));
  const result: EnrolResult = {
    enrolled: 0,
    reactivated: 0,
    alreadyEnrolled: 0,
    inOtherCohort: 0,
    overridden: 0,
    heldBack: [],
  };
  if (notTeachersHere.length > 0) return { result, newlyEnrolledIds: [], notTeachersHere };

  const heldBack = params.heldBack ?? new Map<string, string>();
  result.heldBack = rows
    .filter((row) => heldBack.has(row.personId) && canJoin(row))
    .map((row) => ({
      personId: row.personId,
      displayName: row.displayName,
      reason: heldBack.get(row.personId) ?? "",
    }));
  const byStanding = (wanted: CandidateStanding) =>
    rows.filter((row) => standingOf(row) === wanted).map((row) => row.personId);
  const free = byStanding("free").filter((id) => !heldBack.has(id));
  const withdrawn = byStanding("withdrawn").filter((id) => !heldBack.has(id));
  result.alreadyEnrolled = byStanding("enrolled").length;
  result.inOtherCohort = byStanding("other_cohort").length;

  const inserted =
    free.length === 0
      ? []
      : await tx
          .insert(enrolment)
          .values(
            free.map((personId) => ({
              districtId: params.districtId,
              cohortId: params.cohortId,
              personId,
              enrolledAt: params.now,
            })),
          )
          // A concurrent request may have enrolled the same teacher a moment ago.
          .onConflictDoNothing({
            target: [enrolment.districtId, enrolment.cohortId, enrolment.personId],
          })
          .returning({ personId: enrolment.personId });
  const reactivated =
    withdrawn.length === 0
      ? []
      : await tx
          .update(enrolment)
          .set({ status: "active", enrolledAt: params.now })
          .where(
            and(
              eq(enrolment.cohortId, params.cohortId),
              inArray(enrolment.personId, withdrawn),
              eq(enrolment.status, "withdrawn"),
            ),
          )
          .returning({ personId: enrolment.personId });
  result.enrolled = inserted.length;
  result.reactivated = reactivated.length;
  result.alreadyEnrolled += free.length - inserted.length + withdrawn.length - reactivated.length;
  const newlyEnrolledIds = [...inserted, ...reactivated].map((row) => row.personId);
  result.overridden = await recordOverrides(tx, {
    cohortId: params.cohortId,
    personIds: newlyEnrolledIds,
    now: params.now,
    overrides: params.overrides,
  });
  return { result, newlyEnrolledIds, notTeachersHere: [] };
}

/** Writes who let each newly enrolled teacher past the stage order, when and why. */
async function recordOverrides(
  tx: Transaction,
  params: {
    cohortId: string;
    personIds: readonly string[];
    now: Date;
    overrides: { byId: string; reasons: ReadonlyMap<string, string> } | undefined;
  },
): Promise<number> {
  const { overrides } = params;
  if (!overrides) return 0;
  let recorded = 0;
  for (const personId of params.personIds) {
    const reason = overrides.reasons.get(personId);
    if (reason === undefined) continue;
    await tx
      .update(enrolment)
      .set({
        stageOverrideById: overrides.byId,
        stageOverrideAt: params.now,
        stageOverrideReason: reason,
      })
      .where(and(eq(enrolment.cohortId, params.cohortId), eq(enrolment.personId, personId)));
    recorded += 1;
  }
  return recorded;
}

/** The cohort an enrolment belongs to; null when it is not in the district. */
export async function findEnrolmentCohort(tx: Transaction, params: { enrolmentId: string }) {
  const [found] = await tx
    .select({
      enrolmentId: enrolment.id,
      cohortId: cohort.id,
      schoolId: cohort.schoolId,
      status: enrolment.status,
    })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(eq(enrolment.id, params.enrolmentId))
    .limit(1);
  return found ?? null;
}

/** Marks an enrolment withdrawn. The row stays, so the teacher's progress is kept. */
export async function withdrawEnrolment(
  tx: Transaction,
  params: { enrolmentId: string },
): Promise<void> {
  await tx
    .update(enrolment)
    .set({ status: "withdrawn" })
    .where(eq(enrolment.id, params.enrolmentId));
}
