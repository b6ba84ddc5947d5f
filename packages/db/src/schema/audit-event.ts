import type { AuditAction, AuditFields, AuditSubjectKind } from "@throughline/domain/audit";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference } from "./columns.ts";
import { person } from "./person.ts";

/**
 * The audit log: one row per change, written in the same transaction as the change. Rows are
 * only ever added: the application role may insert and read them, never update or delete
 * (migration 0013 narrows its grant). `before` and `after` hold the changed fields only.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    ...tenantColumns(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Null for changes made by the system or a command-line tool. */
    actorId: uuid(),
    /** The actor's name when it happened ("Dana Ruiz", "Roster import (command line)"). */
    actorLabel: text().notNull(),
    action: text().$type<AuditAction>().notNull(),
    subjectKind: text().$type<AuditSubjectKind>().notNull(),
    subjectId: uuid(),
    /** The school a change belongs to, so principals see their school's entries. */
    schoolId: uuid(),
    before: jsonb().$type<AuditFields>(),
    after: jsonb().$type<AuditFields>(),
    requestId: text(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("audit_event_actor_fk", t.districtId, t.actorId, person),
    index("audit_event_occurred_idx").on(t.districtId, t.occurredAt),
    index("audit_event_school_idx").on(t.districtId, t.schoolId, t.occurredAt),
    index("audit_event_subject_idx").on(t.districtId, t.subjectId),
  ],
);
