import type { Database } from "@throughline/db/client";
import {
  type ClaimedEmail,
  claimDueEmails,
  markFailed,
  markRetry,
  markSent,
} from "@throughline/db/queries/notifications/outbox";
import { withTenant } from "@throughline/db/tenant";
import { afterFailedAttempt } from "@throughline/domain/rules/delivery-backoff";
import type { Mailer } from "../mail/transport.ts";

interface DeliveryOptions {
  db: Database;
  districtId: string;
  mailer: Mailer;
  now: Date;
  /** How long a claimed message is this worker's before another may take it over. */
  leaseMs: number;
  limit: number;
  from: string;
  /** The host part of every `Message-ID`. */
  messageIdHost: string;
  /** Null for a message with nothing to unsubscribe from (an account email). */
  unsubscribeUrlOf: (email: ClaimedEmail) => string | null;
  /** Runs after the server took a message and before it is marked sent (tests stop here). */
  afterSend?: (email: ClaimedEmail) => void | Promise<void>;
}

interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}

/**
 * Claims the district's due messages (committed at once, so the claim holds no lock while the
 * message is on the wire), sends each, and marks it in a transaction of its own. A crash after
 * sending and before marking leaves the claim to run out; the next worker sends the message
 * again under the same `Message-ID`, which is why delivery is at least once.
 */
export async function deliverDueEmails(options: DeliveryOptions): Promise<DeliveryReport> {
  const { db, districtId, now } = options;
  const claimed = await withTenant(db, districtId, (tx) =>
    claimDueEmails(tx, { now, leaseMs: options.leaseMs, limit: options.limit }),
  );
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const email of claimed) {
    try {
      await options.mailer.send({
        id: email.id,
        messageId: `<${email.id}@${options.messageIdHost}>`,
        from: options.from,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
        unsubscribeUrl: options.unsubscribeUrlOf(email),
        calendarIcs: email.calendarIcs,
      });
    } catch (error) {
      const next = afterFailedAttempt(email.attempts, now);
      await withTenant(db, districtId, (tx) =>
        "retryAt" in next
          ? markRetry(tx, { id: email.id, nextAttemptAt: next.retryAt, error: describe(error) })
          : markFailed(tx, { id: email.id, error: describe(error) }),
      );
      if ("retryAt" in next) report.retried++;
      else report.failed++;
      continue;
    }
    await options.afterSend?.(email);
    await withTenant(db, districtId, (tx) =>
      markSent(tx, { id: email.id, now, via: options.mailer.via }),
    );
    report.sent++;
  }
  return report;
}
