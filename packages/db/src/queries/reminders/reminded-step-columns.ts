import { localDay } from "@throughline/domain/local-time";
import { ne } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep } from "../../schema/index.ts";
import { planOfStep } from "../sql/same-district-joins.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { type PersonalReminder, sendPersonalReminders } from "./reminders-sent.ts";

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

/** What a step reminder says of a step its rule found due, and the due moment it is for. */
interface StepNotice {
  due: { dedupeKey: string };
  notification: Omit<PersonalReminder["notification"], "subjectId" | "dedupeKey">;
}

/**
 * A step reminder's run: the steps it looks at on the district's `today`, the notice its rule
 * gives for each (or none), sent to each step's teacher about that step (`subjectId`), once per
 * due moment (`dedupeKey`). Returns how many notifications were written.
 */
export async function remindAboutSteps<Step extends { stepId: string; personId: string }>(
  tx: Transaction,
  context: ReminderContext,
  run: {
    steps: (today: string) => PromiseLike<Step[]>;
    notice: (step: Step, today: string) => StepNotice | null;
  },
): Promise<number> {
  const today = localDay(context.now, context.timeZone);
  const steps = await run.steps(today);
  const reminders = steps.flatMap((step): PersonalReminder[] => {
    const notice = run.notice(step, today);
    if (!notice) return [];
    const { due, notification } = notice;
    return [
      {
        recipientId: step.personId,
        notification: { ...notification, subjectId: step.stepId, dedupeKey: due.dedupeKey },
      },
    ];
  });
  return sendPersonalReminders(tx, context, reminders);
}
