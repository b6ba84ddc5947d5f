import type { WalkthroughSummary } from "@throughline/domain/walkthrough";
import { and, asc, between, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import {
  indicator,
  observation,
  observationLevel,
  observationRating,
  person,
  roleMembership,
  school,
  team,
  teamMember,
} from "../../schema/index.ts";
import {
  observationOfRating,
  personOfMembership,
  sameDistrict,
  teamOfMember,
  tenantJoin,
} from "../sql/same-district-joins.ts";

/*
 * Walkthrough data for the principal's school view. Every query here reads published
 * walkthroughs only: coaching observations are non-evaluative and their content never reaches
 * a principal, so `walkthroughOnly` is part of every query that touches `observation`.
 */

interface SchoolPeriod {
  schoolId: string;
  from: string;
  to: string;
}

const walkthroughOnly = and(
  eq(observation.kind, "walkthrough"),
  eq(observation.status, "published"),
);

export async function findSchool(tx: Transaction, params: { schoolId: string }) {
  const [found] = await tx
    .select({ id: school.id, name: school.name })
    .from(school)
    .where(eq(school.id, params.schoolId));
  return found ?? null;
}

/** Active teachers of the school, by name. */
export function schoolTeachers(tx: Transaction, params: { schoolId: string }) {
  return tx
    .selectDistinct({ id: person.id, name: person.displayName })
    .from(roleMembership)
    .innerJoin(person, personOfMembership)
    .where(
      and(
        eq(roleMembership.role, "teacher"),
        eq(roleMembership.schoolId, params.schoolId),
        eq(person.active, true),
      ),
    )
    .orderBy(asc(person.displayName));
}

export function schoolTeams(tx: Transaction, params: { schoolId: string }) {
  return tx
    .select({ id: team.id, name: team.name })
    .from(team)
    .where(eq(team.schoolId, params.schoolId))
    .orderBy(asc(team.name));
}

/** Who is on which team of the school. */
export function schoolTeamMembers(tx: Transaction, params: { schoolId: string }) {
  return tx
    .select({ teamId: teamMember.teamId, personId: teamMember.personId })
    .from(teamMember)
    .innerJoin(team, teamOfMember)
    .where(eq(team.schoolId, params.schoolId));
}

/** The framework's indicators by code, for the walkthrough summary's rows. */
export { listIndicators as frameworkIndicators } from "../framework/framework-indicators.ts";

/** Published walkthroughs of these teachers observed in the period. */
function walkthroughsOf(params: SchoolPeriod & { teacherIds: string[] }) {
  return and(
    walkthroughOnly,
    inArray(observation.teacherId, params.teacherIds),
    between(observation.observedOn, params.from, params.to),
  );
}

/** A walkthrough as the summaries count it: which, whose, which day. */
const visitColumns = {
  observationId: observation.id,
  teacherId: observation.teacherId,
  on: observation.observedOn,
};

/** Published walkthroughs of the given teachers in the period (the visits). */
export function walkthroughVisitsOf(
  tx: Transaction,
  params: SchoolPeriod & { teacherIds: string[] },
) {
  if (params.teacherIds.length === 0) return Promise.resolve([]);
  return tx.select(visitColumns).from(observation).where(walkthroughsOf(params));
}

/**
 * The teachers with a published walkthrough in the period, each once: among `teacherIds`, or
 * anyone in the district with `"all"` (a district's overview, which would otherwise send every
 * teacher's id).
 */
export async function teachersVisitedByWalkthrough(
  tx: Transaction,
  params: { from: string; to: string; teacherIds: string[] | "all" },
): Promise<string[]> {
  const { teacherIds } = params;
  if (teacherIds !== "all" && teacherIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ teacherId: observation.teacherId })
    .from(observation)
    .where(
      and(
        walkthroughOnly,
        between(observation.observedOn, params.from, params.to),
        teacherIds === "all" ? undefined : inArray(observation.teacherId, teacherIds),
      ),
    );
  return rows.map((row) => row.teacherId);
}

/** Every rated indicator of the teachers' published walkthroughs in the period. */
export function walkthroughRatingsOf(
  tx: Transaction,
  params: SchoolPeriod & { teacherIds: string[] },
) {
  if (params.teacherIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      ...visitColumns,
      indicatorId: observationRating.indicatorId,
      rank: observationRating.levelRank,
    })
    .from(observationRating)
    .innerJoin(observation, observationOfRating)
    .where(and(walkthroughsOf(params), isNotNull(observationRating.levelRank)));
}

const teacherPerson = alias(person, "teacher_person");
const observerPerson = alias(person, "observer_person");

/** The walkthroughs named, newest first, with teacher, observer and their levels. */
export async function walkthroughSummaries(
  tx: Transaction,
  params: { observationIds: string[] },
): Promise<WalkthroughSummary[]> {
  if (params.observationIds.length === 0) return [];
  const visits = await tx
    .select({
      id: observation.id,
      observedOn: observation.observedOn,
      classLabel: observation.classLabel,
      teacherId: teacherPerson.id,
      teacherName: teacherPerson.displayName,
      observerId: observerPerson.id,
      observerName: observerPerson.displayName,
    })
    .from(observation)
    .innerJoin(teacherPerson, tenantJoin(teacherPerson, observation, observation.teacherId))
    .innerJoin(observerPerson, tenantJoin(observerPerson, observation, observation.observerId))
    .where(and(walkthroughOnly, inArray(observation.id, params.observationIds)))
    .orderBy(desc(observation.observedOn), asc(teacherPerson.displayName));
  const levels = await tx
    .select({
      observationId: observationRating.observationId,
      indicatorId: indicator.id,
      code: indicator.code,
      title: indicator.title,
      rank: observationLevel.rank,
      label: observationLevel.label,
    })
    .from(observationRating)
    .innerJoin(indicator, tenantJoin(indicator, observationRating, observationRating.indicatorId))
    .innerJoin(
      observationLevel,
      sameDistrict(
        observationLevel,
        observationRating,
        eq(observationLevel.rank, observationRating.levelRank),
      ),
    )
    .where(inArray(observationRating.observationId, params.observationIds))
    .orderBy(asc(indicator.code));
  return visits.map((visit) => ({
    id: visit.id,
    observedOn: visit.observedOn,
    classLabel: visit.classLabel,
    teacher: { id: visit.teacherId, name: visit.teacherName },
    observer: { id: visit.observerId, name: visit.observerName },
    levels: levels
      .filter((level) => level.observationId === visit.id)
      .map(({ observationId: _observation, ...level }) => level),
  }));
}
