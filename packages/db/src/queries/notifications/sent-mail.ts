import type { NotificationKind, OutboxStatus } from "@throughline/domain/enums";
import type { OutboxMessageSummary } from "@throughline/domain/notification";
import { desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { outboxEmail, person } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * The district's outbox as the admin app's "Sent mail" page shows it. Row security keeps it to
 * the district; the router keeps it to district admins.
 */

/**
 * The `Message-ID` a message is sent under: its outbox id at the host people reach the server
 * at, as the worker writes it, so a retry reuses it.
 */
export function messageIdOf(outboxId: string, host: string): string {
  return `<${outboxId}@${host}>`;
}

const summaryColumns = {
  id: outboxEmail.id,
  to: outboxEmail.toAddress,
  recipientName: person.displayName,
  subject: outboxEmail.subject,
  kind: outboxEmail.kind,
  status: outboxEmail.status,
  attempts: outboxEmail.attempts,
  lastError: outboxEmail.lastError,
  createdAt: outboxEmail.createdAt,
  sentAt: outboxEmail.sentAt,
  deliveredVia: outboxEmail.deliveredVia,
};

type SummaryRow = {
  id: string;
  to: string;
  recipientName: string;
  subject: string;
  kind: NotificationKind | null;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredVia: string | null;
};

function toSummary(row: SummaryRow, host: string): OutboxMessageSummary {
  return {
    ...row,
    messageId: messageIdOf(row.id, host),
    // A message without a kind is a daily digest, which carries several.
    kind: row.kind ?? "daily_digest",
    deliveredVia:
      row.deliveredVia === "smtp" || row.deliveredVia === "file" ? row.deliveredVia : null,
  };
}

const recipientJoin = tenantJoin(person, outboxEmail, outboxEmail.recipientId);

/** The district's messages, newest first. */
export async function listSentMail(
  tx: Transaction,
  params: { limit: number; messageIdHost: string },
): Promise<OutboxMessageSummary[]> {
  const rows = await tx
    .select(summaryColumns)
    .from(outboxEmail)
    .innerJoin(person, recipientJoin)
    .orderBy(desc(outboxEmail.createdAt), desc(outboxEmail.id))
    .limit(params.limit);
  return rows.map((row) => toSummary(row, params.messageIdHost));
}

/** One message with everything it carries, as it was (or will be) sent. */
export interface SentMessage extends OutboxMessageSummary {
  textBody: string;
  htmlBody: string;
  /** An iCalendar invitation went with it. */
  hasCalendarInvite: boolean;
  nextAttemptAt: Date;
}

export async function loadSentMessage(
  tx: Transaction,
  params: { messageId: string; messageIdHost: string },
): Promise<SentMessage | null> {
  const [row] = await tx
    .select({
      ...summaryColumns,
      textBody: outboxEmail.textBody,
      htmlBody: outboxEmail.htmlBody,
      calendarIcs: outboxEmail.calendarIcs,
      nextAttemptAt: outboxEmail.nextAttemptAt,
    })
    .from(outboxEmail)
    .innerJoin(person, recipientJoin)
    .where(eq(outboxEmail.id, params.messageId))
    .limit(1);
  if (!row) return null;
  const { textBody, htmlBody, calendarIcs, nextAttemptAt, ...summary } = row;
  return {
    ...toSummary(summary, params.messageIdHost),
    textBody,
    htmlBody,
    hasCalendarInvite: calendarIcs !== null,
    nextAttemptAt,
  };
}
