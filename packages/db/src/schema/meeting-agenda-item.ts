import { integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { protocol } from "./protocol.ts";
import { supportMeeting } from "./support-meeting.ts";

/**
 * One step of a meeting's agenda, copied from a protocol step when the meeting was scheduled (so
 * later edits of the protocol do not rewrite past meetings), with the shared notes taken on it.
 */
export const meetingAgendaItem = pgTable(
  "meeting_agenda_item",
  {
    ...tenantColumns(),
    meetingId: uuid().notNull(),
    position: integer().notNull(),
    /** The protocol the step came from; null for a step written for this meeting only. */
    protocolId: uuid(),
    title: text().notNull(),
    purpose: text().notNull(),
    minutes: integer().notNull(),
    prompts: text().array().notNull().default([]),
    /** Shared notes, visible to the team after the meeting. */
    notes: text().notNull().default(""),
    /** Bumped on every save; a save names the version it edited, so no one overwrites unseen text. */
    notesVersion: integer().notNull().default(0),
    notesUpdatedById: uuid(),
    notesUpdatedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "meeting_agenda_item_meeting_fk",
      t.districtId,
      t.meetingId,
      supportMeeting,
    ).onDelete("cascade"),
    // No "set null": on a composite key it would null district_id too. Used protocols stay.
    tenantReference("meeting_agenda_item_protocol_fk", t.districtId, t.protocolId, protocol),
    tenantReference("meeting_agenda_item_notes_by_fk", t.districtId, t.notesUpdatedById, person),
    unique("meeting_agenda_item_position_key").on(t.districtId, t.meetingId, t.position),
    tenantIndex("meeting_agenda_item_protocol_idx", t.districtId, t.protocolId),
  ],
);
