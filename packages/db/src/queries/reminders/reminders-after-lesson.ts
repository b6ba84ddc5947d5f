import { localDay } from "@throughline/domain/local-time";
import { afterLessonReminderDue } from "@throughline/domain/rules/after-lesson";
import { and, isNotNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionStep, micropdSession } from "../../schema/index.ts";
import { sessionOfStep } from "../sql/same-district-joins.ts";
import { remindAboutSteps, remindedSteps, stepNotDone } from "./reminded-step-columns.ts";
import type { ReminderContext } from "./reminder-context.ts";

/**
 * Reminds a teacher of the after-the-lesson reflection a MicroPD session left open: once the
 * lesson has likely been taught, and once when the plan step is overdue. "Today" is the
 * district's day; the link opens the page where the reflection is written.
 */
export function remindAfterLesson(tx: Transaction, context: ReminderContext): Promise<number> {
  return remindAboutSteps(tx, context, {
    steps: () =>
      remindedSteps(tx, {
        createdAt: actionStep.createdAt,
        sessionId: micropdSession.id,
        sessionTitle: micropdSession.title,
        prompts: micropdSession.afterLessonPrompts,
      })
        .innerJoin(micropdSession, sessionOfStep)
        .where(and(isNotNull(actionStep.fromSessionId), stepNotDone)),
    notice: (step, today) => {
      const due = afterLessonReminderDue(
        { ...step, addedOn: localDay(step.createdAt, context.timeZone) },
        today,
      );
      if (!due) return null;
      return {
        due,
        notification: {
          kind: "after_lesson_due",
          title:
            due.when === "overdue"
              ? `Your reflection after the lesson is overdue: ${step.sessionTitle}`
              : `How did the lesson go? Finish your reflection on ${step.sessionTitle}`,
          body: step.prompts[0] ?? "Write what happened when you taught the lesson.",
          link: { app: "teacher", path: `/sessions/${step.sessionId}/after-lesson` },
        },
      };
    },
  });
}
