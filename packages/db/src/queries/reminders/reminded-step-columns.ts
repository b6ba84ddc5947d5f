import { ne } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep } from "../../schema/index.ts";
import { planOfStep } from "../sql/same-district-joins.ts";
import type { PersonalReminder } from "./reminders-sent.ts";

/** What the step reminder rules read of a plan step and whom they remind: the plan's teacher. */
const remindedStepColumns = {
  stepId: actionStep.id,
  status: actionStep.status,
  dueOn: actionStep.dueOn,
  personId: actionPlan.personId,
};

/**
 * The plan steps the step reminders look at: those not done yet, each with what the rules read,
 * whom to remind and the reminder's own `columns`. The caller joins what else it names and
 * picks its steps with `where` (`stepNotDone` and its own conditions).
 */
export function remindedSteps<S extends SelectedFields>(tx: Transaction, columns: S) {
  return tx
    .select({ ...remindedStepColumns, ...columns })
    .from(actionStep)
    .innerJoin(actionPlan, planOfStep);
}

/** A step still to do: the only steps anyone is reminded of. */
export const stepNotDone = ne(actionStep.status, "done");

/**
 * The reminder to a step's teacher, about that step (`subjectId`), once per due moment of the
 * rule that found it due (`dedupeKey`).
 */
export function stepReminder(
  step: { stepId: string; personId: string },
  due: { dedupeKey: string },
  notification: Omit<PersonalReminder["notification"], "subjectId" | "dedupeKey">,
): PersonalReminder {
  return {
    recipientId: step.personId,
    notification: { ...notification, subjectId: step.stepId, dedupeKey: due.dedupeKey },
  };
}
