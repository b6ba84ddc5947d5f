import { recordAudit } from "@throughline/db/queries/audit/audit-log";
import type { AuditEventInput } from "@throughline/domain/audit";
import { currentRequestScope } from "./request-scope.ts";
import type { TenantScope } from "./session.ts";

/**
 * Records a change on the audit log in the request's transaction, naming the signed-in person
 * and the request: a change that rolls back leaves no entry. Every audited mutation calls this.
 */
export function audit(ctx: TenantScope, event: AuditEventInput): Promise<void> {
  return recordAudit(ctx.tx, {
    ...event,
    districtId: ctx.districtId,
    actor: { personId: ctx.personId, label: ctx.viewer.person.displayName },
    requestId: currentRequestScope()?.requestId ?? null,
  });
}
