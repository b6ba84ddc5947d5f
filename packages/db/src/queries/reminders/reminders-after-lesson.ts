import { localDay } from "@throughline/domain/local-time";
import { afterLessonReminderDue } from "@throughline/domain/rules/after-lesson";
import { and, isNotNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionStep, micropdSession } from "../../schema/index.ts";
import { sessionOfStep } from "../sql/same-district-joins.ts";
import { remindedSteps, stepNotDone, stepReminder } from "./reminded-step-columns.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { type PersonalReminder, sendPersonalReminders } from "./reminders-sent.ts";

/**
 * Reminds a teacher of the after-the-lesson reflection a MicroPD session left open: once the
 * lesson has likely been taught, and once when the plan step is overdue. "Today" is the
 * district's day; the link opens the page where the reflection is written.
 */
export async function remindAfterLesson(
  tx: Transaction,
  context: ReminderContext,
): Promise<number> {
  const today = localDay(context.now, context.timeZone);
  const steps = await remindedSteps(tx, {
    createdAt: actionStep.createdAt,
    sessionId: micropdSession.id,
    sessionTitle: micropdSession.title,
    prompts: micropdSession.afterLessonPrompts,
  })
    .innerJoin(micropdSession, sessionOfStep)
    .where(and(isNotNull(actionStep.fromSessionId), stepNotDone));
  const reminders = steps.flatMap((step): PersonalReminder[] => {
    const reminder = afterLessonReminderDue(
      { ...step, addedOn: localDay(step.createdAt, context.timeZone) },
      today,
    );
    if (!reminder) return [];
    return [
      stepReminder(step, reminder, {
        kind: "after_lesson_due",
        title:
          reminder.when === "overdue"
            ? `Your reflection after the lesson is overdue: ${step.sessionTitle}`
            : `How did the lesson go? Finish your reflection on ${step.sessionTitle}`,
        body: step.prompts[0] ?? "Write what happened when you taught the lesson.",
        link: { app: "teacher", path: `/sessions/${step.sessionId}/after-lesson` },
      }),
    ];
  });
  return sendPersonalReminders(tx, context, reminders);
}
