import { type PersonSnapshot, personSnapshot } from "@throughline/db/queries/audit/audit-snapshots";
import { teamSnapshot } from "@throughline/db/queries/people/people-admin-audit";
import { type AuditAction, type AuditFields, changedFields } from "@throughline/domain/audit";
import { audit } from "../../audit.ts";
import { auditDifference } from "../../audited.ts";
import type { TenantScope } from "../../session.ts";

/*
 * People changes on the audit log: read the person before the change, then record what differs
 * afterwards, in the same transaction.
 */

/** The school an entry belongs to: one the principal acting leads, else the person's first. */
function schoolOf(ctx: TenantScope, snapshots: (PersonSnapshot | null)[]): string | null {
  const ids = snapshots.flatMap((snapshot) => snapshot?.schoolIds ?? []);
  const scope = ctx.scope.schools;
  if (scope === "all") return ids[0] ?? null;
  return ids.find((id) => scope.includes(id)) ?? null;
}

async function snapshotOf(ctx: TenantScope, personId: string): Promise<PersonSnapshot> {
  const snapshot = await personSnapshot(ctx.tx, { personId });
  if (!snapshot) throw new Error("The person changed is not there.");
  return snapshot;
}

export function personBefore(ctx: TenantScope, personId: string): Promise<PersonSnapshot> {
  return snapshotOf(ctx, personId);
}

export function auditPersonCreated(ctx: TenantScope, personId: string): Promise<void> {
  return auditPersonAdded(ctx, personId, "person.created", (person) => person.fields);
}

/**
 * An edit or an activation change: roles changing makes it `person.role_changed`, the active
 * flag `person.deactivated`/`reactivated`, anything else `person.updated`; nothing changed, no entry.
 */
export async function auditPersonChanged(
  ctx: TenantScope,
  personId: string,
  before: PersonSnapshot,
): Promise<void> {
  const after = await snapshotOf(ctx, personId);
  const changed = changedFields(before.fields, after.fields);
  if (!changed) return;
  const action =
    "active" in changed.after
      ? changed.after.active
        ? "person.reactivated"
        : "person.deactivated"
      : "roles" in changed.after
        ? "person.role_changed"
        : "person.updated";
  await audit(ctx, {
    action,
    subjectKind: "person",
    subjectId: personId,
    schoolId: schoolOf(ctx, [after, before]),
    ...changed,
  });
}

/** A one-time sign-in link made for the person: when it lapses, never the link itself. */
export function auditInviteCreated(
  ctx: TenantScope,
  personId: string,
  expiresAt: Date,
): Promise<void> {
  return auditPersonAdded(ctx, personId, "person.invite_created", () => ({
    expiresAt: expiresAt.toISOString(),
  }));
}

/** An entry about a person with nothing before it, its "after" read from the person as now. */
async function auditPersonAdded(
  ctx: TenantScope,
  personId: string,
  action: AuditAction,
  afterOf: (person: PersonSnapshot) => AuditFields,
): Promise<void> {
  const person = await snapshotOf(ctx, personId);
  await audit(ctx, {
    action,
    subjectKind: "person",
    subjectId: personId,
    schoolId: schoolOf(ctx, [person]),
    before: null,
    after: afterOf(person),
  });
}

/**
 * Reads the team before a change (nothing for a new one); call the returned function with the
 * team's id after it to record what differs, members and facilitator by name.
 */
export async function teamChange(
  ctx: TenantScope,
  teamId: string | null,
): Promise<(teamId: string) => Promise<void>> {
  const before = teamId ? await teamSnapshot(ctx.tx, { teamId }) : null;
  return async (id) => {
    const after = await teamSnapshot(ctx.tx, { teamId: id });
    await auditDifference(
      ctx,
      { kind: "team", id, schoolId: after?.schoolId ?? before?.schoolId ?? null },
      before ? "team.updated" : "team.created",
      before?.fields ?? null,
      after?.fields ?? null,
    );
  };
}
