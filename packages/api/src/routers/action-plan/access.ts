import { type PlanAccess, planAccessFor } from "@throughline/db/queries/action-plans/plan-readers";
import type { Transaction } from "@throughline/db/tenant";
import { mayCommentOnPlan } from "@throughline/domain/action-plan";
import { TRPCError } from "@trpc/server";

/** Plans a viewer may not read are "not found": nobody learns that another teacher's plan exists. */
export async function requirePlanReader(
  tx: Transaction,
  params: { planId: string; viewerId: string },
): Promise<PlanAccess> {
  const access = await planAccessFor(tx, params);
  if (!access) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such action plan." });
  return access;
}

/** Only the plan's own teacher changes it; its readers get FORBIDDEN. */
export async function requirePlanOwner(
  tx: Transaction,
  params: { planId: string; viewerId: string },
): Promise<PlanAccess> {
  const access = await requirePlanReader(tx, params);
  if (access.reader !== "owner") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the plan's teacher can change it." });
  }
  return access;
}

/** Comments and the history are for the teacher and their coaches; teammates get FORBIDDEN. */
export async function requirePlanCommenter(
  tx: Transaction,
  params: { planId: string; viewerId: string },
  refusal: string,
): Promise<PlanAccess> {
  const access = await requirePlanReader(tx, params);
  if (!mayCommentOnPlan(access.reader))
    throw new TRPCError({ code: "FORBIDDEN", message: refusal });
  return access;
}
