import { asc, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, planEvent } from "../../schema/index.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/** What kind of change a history entry records. */
export type PlanEventKind =
  | "plan_created"
  | "plan_edited"
  | "sharing_changed"
  | "step_added"
  | "step_edited"
  | "step_status_changed"
  | "evidence_added"
  | "evidence_removed"
  | "comment_added"
  | "reply_added";

/** Appends one entry to a plan's history; entries are never changed or removed. */
export async function recordPlanEvent(
  tx: Transaction,
  params: {
    districtId: string;
    planId: string;
    actorId: string;
    kind: PlanEventKind;
    summary: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(planEvent).values({
    districtId: params.districtId,
    planId: params.planId,
    actorId: params.actorId,
    kind: params.kind,
    summary: params.summary,
    detail: params.detail ?? null,
  });
}

export interface PlanHistoryEntry {
  id: string;
  kind: string;
  summary: string;
  at: Date;
  actor: { id: string; displayName: string };
}

/** A plan's history, newest first. */
export async function listPlanHistory(
  tx: Transaction,
  params: { planId: string },
): Promise<PlanHistoryEntry[]> {
  return tx
    .select({
      id: planEvent.id,
      kind: planEvent.kind,
      summary: planEvent.summary,
      at: planEvent.createdAt,
      actor: personNameColumns,
    })
    .from(planEvent)
    .innerJoin(person, tenantJoin(person, planEvent, planEvent.actorId))
    .where(eq(planEvent.planId, params.planId))
    .orderBy(desc(planEvent.createdAt), asc(planEvent.id));
}

/** A step's description as people recognise it in a sentence: quoted, and short. */
export function quoteStep(description: string): string {
  const short = description.length > 60 ? `${description.slice(0, 57).trimEnd()}…` : description;
  return `“${short}”`;
}
