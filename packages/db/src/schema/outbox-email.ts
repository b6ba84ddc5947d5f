import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { notificationKindEnum, outboxStatusEnum } from "./enums.ts";
import { person } from "./person.ts";

/**
 * One email as it will be sent, rendered once so a retry sends the same bytes. Its id is the
 * stable `Message-ID`: a worker that crashed after sending and before marking sends it again
 * under the same id. Workers claim rows with `FOR UPDATE SKIP LOCKED` and a lease.
 */
export const outboxEmail = pgTable(
  "outbox_email",
  {
    ...tenantColumns(),
    recipientId: uuid().notNull(),
    toAddress: text().notNull(),
    /** Null for a daily digest, which carries several kinds. */
    kind: notificationKindEnum(),
    /** The kinds the message's one-click unsubscribe turns off. */
    unsubscribeKinds: notificationKindEnum().array().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    /** An iCalendar invitation (METHOD:REQUEST or CANCEL) attached to meeting messages. */
    calendarIcs: text(),
    status: outboxStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** While sending: a worker holds the message until then; after it, another may take over. */
    claimedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    /** "smtp" or "file" (kept as an .eml under the data folder when no SMTP server is set). */
    deliveredVia: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("outbox_email_recipient_fk", t.districtId, t.recipientId, person).onDelete(
      "cascade",
    ),
    index("outbox_email_due_idx").on(t.districtId, t.status, t.nextAttemptAt),
  ],
);
