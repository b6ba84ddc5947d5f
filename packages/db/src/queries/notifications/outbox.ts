import type { MeetingForCalendar } from "@throughline/domain/calendar";
import type { NotificationKind } from "@throughline/domain/enums";
import type { NotificationLink } from "@throughline/domain/notification";
import type { AppName } from "@throughline/domain/rules/app-access";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  notification,
  notificationPreference,
  outboxEmail,
  person,
  supportMeeting,
} from "../../schema/index.ts";
import { meetingsForCalendar } from "../meetings/calendar.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * The delivery side of the transactional outbox. Notifications become outbox emails (rendered
 * once, so a retry sends the same bytes), and outbox emails are claimed, sent and marked.
 * Every function runs inside `withTenant`, so it only ever sees one district's rows.
 */

/** A notification that still needs an email, with what its recipient's email needs. */
export interface NotificationToEmail {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: NotificationLink;
  subjectId: string | null;
  createdAt: Date;
  recipient: {
    name: string;
    email: string;
    emailEvenings: boolean;
    emailWeekends: boolean;
  };
}

const notificationColumns = {
  id: notification.id,
  recipientId: notification.recipientId,
  kind: notification.kind,
  title: notification.title,
  body: notification.body,
  linkApp: notification.linkApp,
  linkPath: notification.linkPath,
  subjectId: notification.subjectId,
  createdAt: notification.createdAt,
  name: person.displayName,
  email: person.email,
  emailEvenings: person.emailEvenings,
  emailWeekends: person.emailWeekends,
};

/**
 * Locks notifications that have no email yet, matching `condition`, for active recipients.
 * SKIP LOCKED lets a second worker pass over rows the first is composing; once the first commits,
 * `outbox_email_id` is set and the rows no longer match.
 */
async function lockNotificationsToEmail(
  tx: Transaction,
  condition: ReturnType<typeof and>,
  limit: number,
): Promise<NotificationToEmail[]> {
  const rows = await tx
    .select(notificationColumns)
    .from(notification)
    .innerJoin(person, tenantJoin(person, notification, notification.recipientId))
    .where(and(isNull(notification.outboxEmailId), eq(person.active, true), condition))
    .orderBy(asc(notification.createdAt), asc(notification.id))
    .limit(limit)
    .for("update", { of: notification, skipLocked: true });
  return rows.map((row) => ({
    id: row.id,
    recipientId: row.recipientId,
    kind: row.kind,
    title: row.title,
    body: row.body,
    // Written by `notify` from a NotificationLink, so the app is one of the three.
    link: { app: row.linkApp as AppName, path: row.linkPath },
    subjectId: row.subjectId,
    createdAt: row.createdAt,
    recipient: {
      name: row.name,
      email: row.email,
      emailEvenings: row.emailEvenings,
      emailWeekends: row.emailWeekends,
    },
  }));
}

/** Immediate emails whose quiet hours are over and that no email carried yet, oldest first. */
export function lockImmediateEmailsDue(
  tx: Transaction,
  params: { now: Date; limit: number },
): Promise<NotificationToEmail[]> {
  return lockNotificationsToEmail(
    tx,
    and(eq(notification.emailMode, "immediate"), lte(notification.emailAfter, params.now)),
    params.limit,
  );
}

/** Digest notifications written before `before` that no digest carried yet, oldest first. */
export function lockDigestNotifications(
  tx: Transaction,
  params: { before: Date; limit: number },
): Promise<NotificationToEmail[]> {
  return lockNotificationsToEmail(
    tx,
    and(eq(notification.emailMode, "daily_digest"), lt(notification.createdAt, params.before)),
    params.limit,
  );
}

/** A support meeting as its invitation needs it; null when it is gone. */
export async function meetingForInvite(
  tx: Transaction,
  meetingId: string,
): Promise<MeetingForCalendar | null> {
  const [meeting] = await meetingsForCalendar(tx, eq(supportMeeting.id, meetingId));
  return meeting ?? null;
}

/** A rendered email as the outbox keeps it: its recipient, its kind and its text. */
interface OutboxMessage {
  districtId: string;
  recipientId: string;
  toAddress: string;
  /** Null for a digest. */
  kind: NotificationKind | null;
  unsubscribeKinds: NotificationKind[];
  subject: string;
  textBody: string;
  htmlBody: string;
  calendarIcs: string | null;
}

export interface OutboxEmailDraft extends OutboxMessage {
  /** The notifications this message carries; each is linked to it. */
  notificationIds: string[];
  now: Date;
}

/** Queues one rendered email and links the notifications it carries. Returns its id. */
export async function queueOutboxEmail(tx: Transaction, draft: OutboxEmailDraft): Promise<string> {
  const [queued] = await tx
    .insert(outboxEmail)
    .values({
      districtId: draft.districtId,
      recipientId: draft.recipientId,
      toAddress: draft.toAddress,
      kind: draft.kind,
      unsubscribeKinds: draft.unsubscribeKinds,
      subject: draft.subject,
      textBody: draft.textBody,
      htmlBody: draft.htmlBody,
      calendarIcs: draft.calendarIcs,
      nextAttemptAt: draft.now,
      createdAt: draft.now,
    })
    .returning({ id: outboxEmail.id });
  if (!queued) throw new Error("The outbox email was not saved.");
  if (draft.notificationIds.length > 0) {
    await tx
      .update(notification)
      .set({ outboxEmailId: queued.id })
      .where(inArray(notification.id, draft.notificationIds));
  }
  return queued.id;
}

/** An outbox email a worker has claimed and now sends. */
export interface ClaimedEmail extends OutboxMessage {
  id: string;
  /** Counting this one. */
  attempts: number;
}

/**
 * Claims up to `limit` emails that are due (pending and their time has come) or were abandoned
 * (a worker claimed them and its lease ran out, perhaps because it died mid-send). Each is set
 * to sending with a lease and one more attempt. Commit this transaction before sending: the
 * lease, not a held lock, keeps other workers off while the message is on the wire.
 */
export async function claimDueEmails(
  tx: Transaction,
  params: { now: Date; leaseMs: number; limit: number },
): Promise<ClaimedEmail[]> {
  const due = await tx
    .select({ id: outboxEmail.id })
    .from(outboxEmail)
    .where(
      or(
        and(eq(outboxEmail.status, "pending"), lte(outboxEmail.nextAttemptAt, params.now)),
        and(eq(outboxEmail.status, "sending"), lt(outboxEmail.claimedUntil, params.now)),
      ),
    )
    .orderBy(asc(outboxEmail.nextAttemptAt), asc(outboxEmail.id))
    .limit(params.limit)
    .for("update", { skipLocked: true });
  if (due.length === 0) return [];
  const claimed = await tx
    .update(outboxEmail)
    .set({
      status: "sending",
      claimedUntil: new Date(params.now.getTime() + params.leaseMs),
      attempts: sql`${outboxEmail.attempts} + 1`,
    })
    .where(
      inArray(
        outboxEmail.id,
        due.map((row) => row.id),
      ),
    )
    .returning({
      id: outboxEmail.id,
      districtId: outboxEmail.districtId,
      recipientId: outboxEmail.recipientId,
      toAddress: outboxEmail.toAddress,
      kind: outboxEmail.kind,
      unsubscribeKinds: outboxEmail.unsubscribeKinds,
      subject: outboxEmail.subject,
      textBody: outboxEmail.textBody,
      htmlBody: outboxEmail.htmlBody,
      calendarIcs: outboxEmail.calendarIcs,
      attempts: outboxEmail.attempts,
      nextAttemptAt: outboxEmail.nextAttemptAt,
    });
  return claimed
    .sort(
      (a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id.localeCompare(b.id),
    )
    .map(({ nextAttemptAt: _order, ...email }) => email);
}

/** The message left: sent through SMTP or kept as a file. */
export async function markSent(
  tx: Transaction,
  params: { id: string; now: Date; via: "smtp" | "file" },
): Promise<void> {
  await tx
    .update(outboxEmail)
    .set({
      status: "sent",
      sentAt: params.now,
      deliveredVia: params.via,
      claimedUntil: null,
      lastError: null,
    })
    .where(eq(outboxEmail.id, params.id));
}

/** The attempt failed; try again at `nextAttemptAt`. */
export async function markRetry(
  tx: Transaction,
  params: { id: string; nextAttemptAt: Date; error: string },
): Promise<void> {
  await tx
    .update(outboxEmail)
    .set({
      status: "pending",
      nextAttemptAt: params.nextAttemptAt,
      claimedUntil: null,
      lastError: params.error,
    })
    .where(and(eq(outboxEmail.id, params.id), eq(outboxEmail.status, "sending")));
}

/** The last attempt failed; the message stays in the outbox for a person to look at. */
export async function markFailed(
  tx: Transaction,
  params: { id: string; error: string },
): Promise<void> {
  await tx
    .update(outboxEmail)
    .set({ status: "failed", claimedUntil: null, lastError: params.error })
    .where(and(eq(outboxEmail.id, params.id), eq(outboxEmail.status, "sending")));
}

/** One-click unsubscribe: the person gets no more email of these kinds (the app still shows them). */
export async function turnOffEmailKinds(
  tx: Transaction,
  params: { districtId: string; personId: string; kinds: readonly NotificationKind[] },
): Promise<void> {
  if (params.kinds.length === 0) return;
  await tx
    .insert(notificationPreference)
    .values(
      params.kinds.map((kind) => ({
        districtId: params.districtId,
        personId: params.personId,
        kind,
        emailMode: "off" as const,
      })),
    )
    .onConflictDoUpdate({
      target: [
        notificationPreference.districtId,
        notificationPreference.personId,
        notificationPreference.kind,
      ],
      set: { emailMode: "off" },
    });
}
