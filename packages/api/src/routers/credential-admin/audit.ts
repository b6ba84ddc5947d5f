import {
  credentialSnapshot,
  leadReviewerNames,
} from "@throughline/db/queries/credentials/credential-admin-audit";
import { type AuditAction, type AuditFields, changedFields } from "@throughline/domain/audit";
import { audit } from "../../audit.ts";
import type { TenantScope } from "../../session.ts";

/*
 * Micro-credential changes on the audit log: the definition (or its lead reviewers) is read
 * before the change and again after it, and what differs is recorded in the same transaction.
 * Credentials belong to the district, so the entries belong to no school.
 */

/**
 * Records what differs, each side led by the credential's name so the log says which one
 * changed (a renamed credential shows both names); nothing when nothing changed.
 */
async function recordDifference(
  ctx: TenantScope,
  credentialId: string,
  action: AuditAction,
  before: AuditFields | null,
  after: AuditFields | null,
  name: string | null,
): Promise<void> {
  const changed = before && after ? changedFields(before, after) : { before, after };
  if (!changed || (!changed.before && !changed.after)) return;
  const named = (fields: AuditFields | null) => fields && { name, ...fields };
  await audit(ctx, {
    action,
    subjectKind: "credential",
    subjectId: credentialId,
    schoolId: null,
    before: named(changed.before),
    after: named(changed.after),
  });
}

/**
 * Reads the definition before a change; call the returned function after it. Archiving and
 * restoring are named by the archived flag; any other difference by `action`.
 */
export async function credentialChange(
  ctx: TenantScope,
  credentialId: string | null,
): Promise<(credentialId: string, action: AuditAction) => Promise<void>> {
  const before = credentialId ? await credentialSnapshot(ctx.tx, { credentialId }) : null;
  return async (id, action) => {
    const after = await credentialSnapshot(ctx.tx, { credentialId: id });
    const archiving = before && after && before.archived !== after.archived;
    await recordDifference(
      ctx,
      id,
      archiving ? (after.archived ? "credential.archived" : "credential.restored") : action,
      before,
      after,
      typeof after?.name === "string" ? after.name : null,
    );
  };
}

/** Reads the lead reviewers before a change; call the returned function after it. */
export async function leadReviewersChange(
  ctx: TenantScope,
  credentialId: string,
): Promise<() => Promise<void>> {
  const before = await leadReviewerNames(ctx.tx, { credentialId });
  return async () => {
    const after = await leadReviewerNames(ctx.tx, { credentialId });
    const credential = await credentialSnapshot(ctx.tx, { credentialId });
    await recordDifference(
      ctx,
      credentialId,
      "credential.lead_reviewers_changed",
      { leadReviewers: before },
      { leadReviewers: after },
      typeof credential?.name === "string" ? credential.name : null,
    );
  };
}
