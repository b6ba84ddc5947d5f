import type { Transaction } from "@throughline/db/client";
import { queueOutboxEmail } from "@throughline/db/queries/notifications/outbox";
import type { RenderedAccountEmail } from "./account-emails.ts";

/**
 * Queues a rendered sign-in email (an invitation, its reminder, a password reset) in the
 * district's outbox for one person: it answers no notification, and it has no unsubscribe,
 * since nobody opts out of being able to sign in.
 */
export function queueAccountEmail(
  tx: Transaction,
  params: {
    districtId: string;
    recipientId: string;
    toAddress: string;
    email: RenderedAccountEmail;
    now: Date;
  },
): Promise<string> {
  return queueOutboxEmail(tx, {
    districtId: params.districtId,
    recipientId: params.recipientId,
    toAddress: params.toAddress,
    kind: null,
    unsubscribeKinds: [],
    subject: params.email.subject,
    textBody: params.email.text,
    htmlBody: params.email.html,
    calendarIcs: null,
    notificationIds: [],
    now: params.now,
  });
}
