import type { ActionStepStatus } from "../enums.ts";
import { addDaysToDay } from "../local-time.ts";

/*
 * A MicroPD reflection that asks about a lesson not taught yet is finished after the lesson:
 * the session completes with the plan, and the after-the-lesson part comes back as an
 * action-plan step due a week later and as a reminder once the lesson has likely been taught.
 */

/** The after-lesson step is due this many days after the session was completed. */
const AFTER_LESSON_DUE_DAYS = 7;
/** The reminder comes this many days after the session was completed (the lesson is taught). */
export const AFTER_LESSON_REMIND_DAYS = 2;

/** The step on the teacher's action plan, named after the session it comes from. */
export function afterLessonStepDescription(sessionTitle: string): string {
  return `After the lesson: reflect on “${sessionTitle}”`;
}

/** The day the step is due, from the district day the session was completed. */
export function afterLessonDueOn(completedOn: string): string {
  return addDaysToDay(completedOn, AFTER_LESSON_DUE_DAYS);
}

interface AfterLessonStepFacts {
  stepId: string;
  status: ActionStepStatus;
  /** YYYY-MM-DD in the district. */
  dueOn: string | null;
  /** The district day the step was added (the session was completed). */
  addedOn: string;
}

interface AfterLessonReminder {
  when: "ready" | "overdue";
  dedupeKey: string;
}

/**
 * Whether to remind the teacher of an after-lesson reflection today: once the lesson has likely
 * been taught ("ready"), and once more when the step's day has passed ("overdue"). A done step
 * is never reminded. Each reminder has its own dedupe key, so it is written once.
 */
export function afterLessonReminderDue(
  step: AfterLessonStepFacts,
  today: string,
): AfterLessonReminder | null {
  if (step.status === "done") return null;
  if (step.dueOn !== null && step.dueOn < today) {
    return { when: "overdue", dedupeKey: `after-lesson:${step.stepId}:overdue` };
  }
  if (addDaysToDay(step.addedOn, AFTER_LESSON_REMIND_DAYS) <= today) {
    return { when: "ready", dedupeKey: `after-lesson:${step.stepId}:ready` };
  }
  return null;
}
