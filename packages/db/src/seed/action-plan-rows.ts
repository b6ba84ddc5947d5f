import { randomUUID } from "node:crypto";
import type { ActionStepStatus } from "@throughline/domain/enums";
import { quoteStep } from "../queries/action-plans/plan-history.ts";
import type { TenantRows } from "./rows.ts";

export interface SeedActionPlan {
  personId: string;
  stageId: string;
  goal: string;
  steps: {
    description: string;
    status: ActionStepStatus;
    dueOn: string | null;
    evidenceUrl?: string;
    reflection?: string;
    fromMeetingId?: string;
  }[];
}

/** A teacher's action plan for a stage, its steps, and the history a plan written in the app has. */
export function addActionPlanRows(
  tenant: TenantRows,
  districtId: string,
  input: SeedActionPlan,
): void {
  const planId = randomUUID();
  tenant.actionPlans.push({
    districtId: districtId,
    id: planId,
    personId: input.personId,
    stageId: input.stageId,
    goal: input.goal,
  });
  // The plan's history starts as the teacher wrote it, like a plan written in the app.
  const event = (kind: string, summary: string) =>
    tenant.planEvents.push({
      districtId: districtId,
      id: randomUUID(),
      planId,
      actorId: input.personId,
      kind,
      summary,
    });
  event("plan_created", "Wrote the plan");
  input.steps.forEach((step, index) => {
    event("step_added", `Added the step ${quoteStep(step.description)}`);
    tenant.actionSteps.push({
      districtId: districtId,
      id: randomUUID(),
      planId,
      position: index + 1,
      description: step.description,
      status: step.status,
      dueOn: step.dueOn,
      evidenceUrl: step.evidenceUrl ?? null,
      reflection: step.reflection ?? null,
      fromMeetingId: step.fromMeetingId ?? null,
    });
  });
}
