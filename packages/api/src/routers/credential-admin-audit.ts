import {
  credentialSnapshot,
  leadReviewerNames,
} from "@throughline/db/queries/credential-admin-audit";
import type { AuditAction } from "@throughline/domain/audit";
import { auditDifference } from "../audited.ts";
import type { TenantScope } from "../session.ts";

/*
 * Micro-credential changes on the audit log: the definition (or its lead reviewers) is read
 * before the change and again after it, and what differs is recorded in the same transaction.
 * Credentials belong to the district, so the entries belong to no school.
 */

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
    await auditDifference(
      ctx,
      { kind: "credential", id },
      archiving ? (after.archived ? "credential.archived" : "credential.restored") : action,
      before,
      after,
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
    await auditDifference(
      ctx,
      { kind: "credential", id: credentialId },
      "credential.lead_reviewers_changed",
      { leadReviewers: before },
      { leadReviewers: after },
    );
  };
}
