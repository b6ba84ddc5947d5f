import type { ForeignIds } from "./foreign-ids.ts";

const conversation = {
  heldOn: "2000-01-01",
  topic: "A topic",
  sharedNotes: "Shared",
  privateNotes: "Private",
  nextSteps: null,
};

/**
 * Mentoring calls aimed at another district's teacher, school and rows. The dates are before
 * any mentoring starts, so a call that gets past the gate (the access matrix aims it at the
 * place's own assignment) is refused as a field error and changes nothing.
 */
export const mentoringInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "mentoring.school": (foreign) => ({ schoolId: foreign.schoolId }),
  // The same person as mentor and mentee: a field error for whoever may assign them.
  "mentoring.assign": (foreign) => ({
    mentorId: foreign.personId,
    menteeId: foreign.personId,
    startedOn: "2026-09-01",
  }),
  "mentoring.end": (foreign) => ({ assignmentId: foreign.personId, endedOn: "2000-01-01" }),
  "mentoring.mentee": (foreign) => ({ menteeId: foreign.personId }),
  "mentoring.logConversation": (foreign) => ({ menteeId: foreign.personId, ...conversation }),
  "mentoring.editConversation": (foreign) => ({
    conversationId: foreign.personId,
    ...conversation,
  }),
  // Takes no id: a district admin adds to their own checklist, anyone else is refused.
  "mentoring.addChecklistItem": () => ({
    title: "An item",
    description: null,
    dueWithinWeeks: null,
  }),
  // Another district's person is no item of this district's checklist: refused as not found.
  "mentoring.editChecklistItem": (foreign) => ({
    itemId: foreign.personId,
    title: "An item",
    description: null,
    dueWithinWeeks: null,
  }),
  "mentoring.moveChecklistItem": (foreign) => ({ itemId: foreign.personId, direction: "up" }),
  "mentoring.retireChecklistItem": (foreign) => ({ itemId: foreign.personId, retired: true }),
  // Not an item of any checklist: a field error for the mentee's mentor.
  "mentoring.tick": (foreign) => ({
    menteeId: foreign.personId,
    itemId: foreign.personId,
    done: true,
  }),
};
