import type { WorkloadEntry } from "@throughline/domain/rules/coach-workload";
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  coachingInteraction,
  coachingInteractionTeacher,
  person,
  roleMembership,
} from "../../schema/index.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { teachersOfInteraction } from "../sql/same-district-joins.ts";

/*
 * The facts the weekly workload counts: day, minutes and teacher ids of each interaction, never
 * its note or indicators, so the district's view cannot carry coaching content.
 */

/** Each interaction from `since` on, of one coach or of every coach, with its teachers. */
export async function loadWorkloadEntries(
  tx: Transaction,
  params: { since: string; coachId?: string },
): Promise<(WorkloadEntry & { coachId: string })[]> {
  const rows = await tx
    .select({
      coachId: coachingInteraction.coachId,
      occurredOn: coachingInteraction.occurredOn,
      minutes: coachingInteraction.minutes,
      teacherIds: sql<string[]>`array_agg(${coachingInteractionTeacher.teacherId}::text)`,
    })
    .from(coachingInteraction)
    .innerJoin(coachingInteractionTeacher, teachersOfInteraction)
    .where(
      and(
        gte(coachingInteraction.occurredOn, params.since),
        params.coachId ? eq(coachingInteraction.coachId, params.coachId) : undefined,
      ),
    )
    .groupBy(coachingInteraction.districtId, coachingInteraction.id);
  return rows;
}

/** The district's coaches, and anyone else who logged coaching, by name. */
export async function loadCoachNames(
  tx: Transaction,
  loggedBy: readonly string[],
): Promise<{ id: string; displayName: string }[]> {
  const coachRole = sql`exists (select 1 from ${roleMembership} where ${roleMembership.personId} = ${person.id} and ${roleMembership.role} = 'coach')`;
  const loggers = loggedBy.length > 0 ? inArray(person.id, [...loggedBy]) : sql`false`;
  return tx
    .select(personNameColumns)
    .from(person)
    .where(sql`${coachRole} or ${loggers}`)
    .orderBy(asc(person.displayName));
}
