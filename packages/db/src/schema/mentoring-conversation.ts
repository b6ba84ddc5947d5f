import { date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { mentorAssignment } from "./mentor-assignment.ts";

/**
 * One conversation of a mentor with their mentee. The shared notes and next steps are read by
 * both (and, like coaching, never by principals); the private notes by the mentor alone
 * (`mentoringAccess` in the domain, applied in SQL by `visibleConversations`).
 */
export const mentoringConversation = pgTable(
  "mentoring_conversation",
  {
    ...tenantColumns(),
    assignmentId: uuid().notNull(),
    heldOn: date({ mode: "string" }).notNull(),
    topic: text().notNull(),
    sharedNotes: text(),
    privateNotes: text(),
    nextSteps: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf(
      "mentoring_conversation_assignment",
      t.districtId,
      t.assignmentId,
      mentorAssignment,
    ),
    index("mentoring_conversation_held_idx").on(t.districtId, t.assignmentId, t.heldOn),
  ],
);
