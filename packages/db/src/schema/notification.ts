import { index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { emailModeEnum, notificationKindEnum } from "./enums.ts";
import { outboxEmail } from "./outbox-email.ts";
import { person } from "./person.ts";

/**
 * Something one person is told: written in the same transaction as the event that causes it
 * (the transactional outbox), shown in the notification centre, and turned into email by the
 * worker according to the person's choice at the time it was written.
 */
export const notification = pgTable(
  "notification",
  {
    ...tenantColumns(),
    recipientId: uuid().notNull(),
    kind: notificationKindEnum().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** Which app the link opens ("teacher" | "coach" | "admin") and the path inside it. */
    linkApp: text().notNull(),
    linkPath: text().notNull(),
    /** The meeting, step, observation… it is about; a meeting's invite is built from it. */
    subjectId: uuid(),
    /** Makes scheduled reminders idempotent: one row per person and key. */
    dedupeKey: text(),
    emailMode: emailModeEnum().notNull(),
    /** When an immediate email may go (quiet hours pushed it later); null when not emailed. */
    emailAfter: timestamp({ withTimezone: true }),
    /** The outbox message that carried it, once the worker composed one. */
    outboxEmailId: uuid(),
    readAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("notification_recipient_fk", t.districtId, t.recipientId, person).onDelete(
      "cascade",
    ),
    tenantReference("notification_outbox_email_fk", t.districtId, t.outboxEmailId, outboxEmail),
    unique("notification_dedupe_key").on(t.districtId, t.recipientId, t.dedupeKey),
    index("notification_recipient_created_idx").on(t.districtId, t.recipientId, t.createdAt),
    tenantIndex("notification_email_due_idx", t.districtId, t.emailAfter),
  ],
);
