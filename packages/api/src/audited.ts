import { rowSnapshot } from "@throughline/db/queries/audit/audit-snapshots";
import { district } from "@throughline/db/schema";
import {
  type AuditAction,
  type AuditFields,
  type AuditSubjectKind,
  changedFields,
} from "@throughline/domain/audit";
import type { PgTable } from "drizzle-orm/pg-core";
import { audit } from "./audit.ts";
import type { TenantScope } from "./session.ts";

/** A record whose row the log compares before and after a change. */
export interface AuditedRow {
  table: PgTable;
  kind: AuditSubjectKind;
  id: string;
  schoolId?: string | null;
}

/**
 * Records the difference between two states of a record: created (no before), deleted (no
 * after) or the changed fields; nothing when nothing changed.
 */
export async function auditDifference(
  ctx: TenantScope,
  subject: { kind: AuditSubjectKind; id: string | null; schoolId?: string | null },
  action: AuditAction,
  before: AuditFields | null,
  after: AuditFields | null,
): Promise<void> {
  const changed = before && after ? changedFields(before, after) : { before, after };
  if (!changed || (!changed.before && !changed.after)) return;
  await audit(ctx, {
    action,
    subjectKind: subject.kind,
    subjectId: subject.id,
    schoolId: subject.schoolId ?? null,
    ...changed,
  });
}

/**
 * Runs a change to one row and records it on the audit log with the row's changed columns,
 * in the same transaction: wrap the write, keep the procedure as it was.
 */
export async function audited<T>(
  ctx: TenantScope,
  subject: AuditedRow,
  action: AuditAction,
  change: () => Promise<T>,
): Promise<T> {
  const before = await rowSnapshot(ctx.tx, subject);
  const result = await change();
  const after = await rowSnapshot(ctx.tx, subject);
  await auditDifference(ctx, subject, action, before, after);
  return result;
}

/** A change to the district's own settings, which live on its row, recorded like `audited`. */
export function auditedDistrictSetting<T>(
  ctx: TenantScope,
  action: AuditAction,
  change: () => Promise<T>,
): Promise<T> {
  return audited(ctx, { table: district, kind: "district", id: ctx.districtId }, action, change);
}

/** Records a row just created, with its columns (and any `extra` fields) as the "after". */
export async function auditCreated(
  ctx: TenantScope,
  subject: AuditedRow,
  action: AuditAction,
  extra: AuditFields = {},
): Promise<void> {
  const row = await rowSnapshot(ctx.tx, subject);
  await auditDifference(ctx, subject, action, null, row ? { ...row, ...extra } : null);
}
