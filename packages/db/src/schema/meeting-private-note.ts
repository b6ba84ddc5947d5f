import { integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { person } from "./person.ts";
import { supportMeeting } from "./support-meeting.ts";

/**
 * A facilitator's private coaching notes on a meeting: coaches read them, no one else does
 * (coaching is not evaluation, so principals never see them). One per meeting.
 */
export const meetingPrivateNote = pgTable(
  "meeting_private_note",
  {
    ...tenantColumns(),
    meetingId: uuid().notNull(),
    body: text().notNull().default(""),
    /** Bumped on every save, as for shared notes. */
    version: integer().notNull().default(0),
    updatedById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "meeting_private_note_meeting_fk",
      t.districtId,
      t.meetingId,
      supportMeeting,
    ).onDelete("cascade"),
    tenantReference("meeting_private_note_updated_by_fk", t.districtId, t.updatedById, person),
    unique("meeting_private_note_meeting_key").on(t.districtId, t.meetingId),
  ],
);
