import {
  type AuditEntry,
  type AuditEventInput,
  type AuditFilter,
  withoutSecrets,
} from "@throughline/domain/audit";
import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { auditEvent, person } from "../../schema/index.ts";
import { inSchoolScope, type SchoolScope } from "../people/people-admin-scope.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * The audit log's SQL. An entry is written in the transaction of the change it records, so a
 * change that rolls back leaves no entry; entries are never updated or deleted.
 */

/** Who acted: a person of the district, or the system (a command-line tool, an import job). */
export type AuditActor = { personId: string; label: string } | { personId: null; label: string };

export async function recordAudit(
  tx: Transaction,
  event: AuditEventInput & { districtId: string; actor: AuditActor; requestId?: string | null },
): Promise<void> {
  await tx.insert(auditEvent).values({
    districtId: event.districtId,
    actorId: event.actor.personId,
    actorLabel: event.actor.label,
    action: event.action,
    subjectKind: event.subjectKind,
    subjectId: event.subjectId,
    schoolId: event.schoolId ?? null,
    before: withoutSecrets(event.before),
    after: withoutSecrets(event.after),
    requestId: event.requestId ?? null,
  });
}

/** The filter as SQL conditions; `from` and `to` are instants already (the caller knows the zone). */
function auditConditions(params: {
  scope: SchoolScope;
  filter: Omit<AuditFilter, "from" | "to">;
  fromInstant: Date | null;
  toInstant: Date | null;
}): SQL | undefined {
  const { filter, scope } = params;
  const conditions: (SQL | undefined)[] = [
    // A principal sees the entries of the schools they lead; district-wide entries have no school.
    inSchoolScope(auditEvent.schoolId, scope),
    filter.actorId ? eq(auditEvent.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditEvent.action, filter.action) : undefined,
    filter.subjectKind ? eq(auditEvent.subjectKind, filter.subjectKind) : undefined,
    filter.subjectId ? eq(auditEvent.subjectId, filter.subjectId) : undefined,
    params.fromInstant ? gte(auditEvent.occurredAt, params.fromInstant) : undefined,
    params.toInstant ? lt(auditEvent.occurredAt, params.toInstant) : undefined,
  ];
  return and(...conditions);
}

const subjectPerson = alias(person, "subject_person");

/** Entries newest first, with the subject's name when the subject is a person. */
export async function listAuditEvents(
  tx: Transaction,
  params: {
    scope: SchoolScope;
    filter: Omit<AuditFilter, "from" | "to">;
    fromInstant: Date | null;
    toInstant: Date | null;
    limit: number;
    offset: number;
  },
): Promise<AuditEntry[]> {
  const rows = await tx
    .select({
      id: auditEvent.id,
      occurredAt: auditEvent.occurredAt,
      actorId: auditEvent.actorId,
      actorLabel: auditEvent.actorLabel,
      action: auditEvent.action,
      subjectKind: auditEvent.subjectKind,
      subjectId: auditEvent.subjectId,
      subjectLabel: subjectPerson.displayName,
      schoolId: auditEvent.schoolId,
      before: auditEvent.before,
      after: auditEvent.after,
      requestId: auditEvent.requestId,
    })
    .from(auditEvent)
    .leftJoin(
      subjectPerson,
      and(
        eq(auditEvent.subjectKind, "person"),
        eq(subjectPerson.districtId, auditEvent.districtId),
        eq(subjectPerson.id, auditEvent.subjectId),
      ),
    )
    .where(auditConditions(params))
    .orderBy(desc(auditEvent.occurredAt), desc(auditEvent.id))
    .limit(params.limit)
    .offset(params.offset);
  return rows.map((row) => ({
    ...row,
    subjectLabel: row.subjectLabel ?? null,
    before: row.before ?? null,
    after: row.after ?? null,
  }));
}

export async function countAuditEvents(
  tx: Transaction,
  params: Parameters<typeof auditConditions>[0],
): Promise<number> {
  return tx.$count(auditEvent, auditConditions(params));
}

/** The people who appear as actors in the viewer's entries, for the "who" filter. */
export async function listAuditActors(
  tx: Transaction,
  params: { scope: SchoolScope },
): Promise<{ id: string; displayName: string }[]> {
  return tx
    .selectDistinct(personNameColumns)
    .from(auditEvent)
    .innerJoin(person, tenantJoin(person, auditEvent, auditEvent.actorId))
    .where(auditConditions({ scope: params.scope, filter: {}, fromInstant: null, toInstant: null }))
    .orderBy(person.displayName, person.id);
}
