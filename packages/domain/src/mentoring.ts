import { z } from "zod";
import { calendarDateSchema, idSchema, optionalText, requiredText } from "./ids.ts";

/*
 * Mentoring for new teachers: a mentor (an experienced teacher or a coach) is assigned to a new
 * teacher, keeps a log of their conversations, and works through the district's induction
 * checklist with them. What each person may read is `mentoring-access.ts`.
 */

/** A principal or district admin assigns a mentor to a new teacher of a school they lead. */
export const assignMentorInputSchema = z.object({
  mentorId: idSchema,
  menteeId: idSchema,
  startedOn: calendarDateSchema,
});

export const endMentorAssignmentInputSchema = z.object({
  assignmentId: idSchema,
  endedOn: calendarDateSchema,
});

/** The admin page lists one school's new teachers and their mentors. */
export const mentoringSchoolInputSchema = z.object({ schoolId: idSchema });

/** The mentor's page of one mentee. */
export const menteeInputSchema = z.object({ menteeId: idSchema });

const conversationFields = {
  heldOn: calendarDateSchema,
  topic: requiredText({ missing: "Enter a topic", label: "Topic", max: 200, singleLine: true }),
  /** Read by the mentee and the mentor. */
  sharedNotes: optionalText({ label: "Shared notes", max: 4000 }),
  /** The mentor's alone. */
  privateNotes: optionalText({ label: "Private notes", max: 4000 }),
  nextSteps: optionalText({ label: "Next steps", max: 2000 }),
};

export const logConversationInputSchema = z.object({ menteeId: idSchema, ...conversationFields });
export type LogConversationInput = z.infer<typeof logConversationInputSchema>;

export const editConversationInputSchema = z.object({
  conversationId: idSchema,
  ...conversationFields,
});
export type EditConversationInput = z.infer<typeof editConversationInputSchema>;

/** Ticks (done: true) or unticks one checklist item for a mentee. */
export const tickChecklistItemInputSchema = z.object({
  menteeId: idSchema,
  itemId: idSchema,
  done: z.boolean({ error: "Say whether the item is done" }),
});

export interface MentoringPerson {
  id: string;
  displayName: string;
}

export interface MentorAssignmentView {
  id: string;
  mentor: MentoringPerson;
  mentee: MentoringPerson;
  startedOn: string;
  endedOn: string | null;
}

/** One checklist item with the mentee's completion, if ticked. */
export interface ChecklistItemView {
  id: string;
  title: string;
  description: string;
  position: number;
  dueWithinWeeks: number | null;
  /** Taken off the checklist since the mentee ticked it: shown, no longer changed. */
  retired: boolean;
  /** The day it is due, from the assignment's start; null when the item has no due week. */
  dueOn: string | null;
  done: { on: string; by: MentoringPerson } | null;
}

/** One conversation as the viewer may see it (`mentoringAccess`). */
export interface MentoringConversationView {
  id: string;
  heldOn: string;
  topic: string;
  mentor: MentoringPerson;
  /** Null when the viewer may only know the conversation happened. */
  sharedNotes: string | null;
  nextSteps: string | null;
  /** Null for everyone but the mentor. */
  privateNotes: string | null;
}

/** How far a mentee is through the checklist. */
interface ChecklistProgress {
  done: number;
  total: number;
}

/** A mentored teacher, as the mentor's list and the admin page show them. */
export interface MentoredTeacherRow {
  assignment: MentorAssignmentView;
  checklist: ChecklistProgress;
}
