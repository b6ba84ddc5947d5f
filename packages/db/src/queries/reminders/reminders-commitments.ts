import { addDaysToDay, formatLocalDate } from "@throughline/domain/local-time";
import { commitmentReminderDue } from "@throughline/domain/rules/reminders";
import { and, isNotNull, lte } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionPlan, actionStep } from "../../schema/index.ts";
import { remindAboutSteps, remindedSteps, stepNotDone } from "./reminded-step-columns.ts";
import type { ReminderContext } from "./reminder-context.ts";

/** Short enough for a notification title; the step is one click away. */
function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Tells a teacher about a commitment they made in a support meeting: two days before it is
 * due, and once when it is overdue. "Today" is the district's day.
 */
export function remindCommitments(tx: Transaction, context: ReminderContext): Promise<number> {
  return remindAboutSteps(tx, context, {
    steps: (today) =>
      remindedSteps(tx, {
        fromMeetingId: actionStep.fromMeetingId,
        description: actionStep.description,
        stageId: actionPlan.stageId,
      }).where(
        and(
          isNotNull(actionStep.fromMeetingId),
          stepNotDone,
          lte(actionStep.dueOn, addDaysToDay(today, 2)),
        ),
      ),
    notice: (step, today) => {
      const due = commitmentReminderDue(step, today);
      if (!due || !step.dueOn) return null;
      const day = formatLocalDate(new Date(`${step.dueOn}T12:00:00Z`), "UTC");
      return {
        due,
        notification: {
          kind: "commitment_due",
          title:
            due.when === "overdue"
              ? `A commitment from your team meeting is overdue (due ${day})`
              : `A commitment from your team meeting is due ${day}`,
          body: shorten(step.description),
          link: { app: "teacher", path: `/action-plan?stage=${step.stageId}#step-${step.stepId}` },
        },
      };
    },
  });
}
