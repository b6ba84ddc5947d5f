import type { Transaction } from "@throughline/db/client";
import { catalogueEventForInvite } from "@throughline/db/queries/catalogue/catalogue-calendar";
import {
  lockDigestNotifications,
  lockImmediateEmailsDue,
  meetingForInvite,
  type NotificationToEmail,
  queueOutboxEmail,
} from "@throughline/db/queries/notifications/outbox";
import { groupDailyDigests } from "@throughline/domain/rules/daily-digest";
import { CATALOGUE_INVITE_KINDS, catalogueInviteIcs } from "../mail/catalogue-invite.ts";
import { INVITE_KINDS, meetingInviteIcs } from "../mail/meeting-invite.ts";
import {
  appUrl,
  type EmailContext,
  renderDigestEmail,
  renderNotificationEmail,
} from "../mail/render-email.ts";

/** How many notifications one tick turns into email per district; the rest wait a tick. */
const COMPOSE_BATCH = 200;

interface ComposeContext extends EmailContext {
  /** The invitation's organizer: the address the mail comes from. */
  organizer: { name: string; email: string };
}

async function inviteFor(
  tx: Transaction,
  context: ComposeContext,
  item: NotificationToEmail,
  now: Date,
): Promise<string | null> {
  if (CATALOGUE_INVITE_KINDS.has(item.kind) && item.subjectId) {
    const event = await catalogueEventForInvite(tx, {
      eventId: item.subjectId,
      personId: item.recipientId,
      seat: item.kind === "catalogue_seat" ? "given" : "withdrawn",
    });
    if (!event) return null;
    return catalogueInviteIcs({
      event,
      appUrl: appUrl(context.publicUrl, item.link),
      organizer: context.organizer,
      attendee: { name: item.recipient.name, email: item.recipient.email },
      now,
      timeZone: context.timeZone,
    });
  }
  if (!INVITE_KINDS.has(item.kind) || !item.subjectId) return null;
  const meeting = await meetingForInvite(tx, item.subjectId);
  if (!meeting) return null;
  return meetingInviteIcs({
    meeting,
    appUrl: appUrl(context.publicUrl, item.link),
    organizer: context.organizer,
    attendee: { name: item.recipient.name, email: item.recipient.email },
    now,
    timeZone: context.timeZone,
  });
}

/**
 * Turns each immediate notification whose quiet hours are over into its own outbox email,
 * rendered now, in the caller's transaction (so a notification is linked to exactly one email).
 */
export async function composeImmediateEmails(
  tx: Transaction,
  context: ComposeContext,
  now: Date,
): Promise<number> {
  const due = await lockImmediateEmailsDue(tx, { now, limit: COMPOSE_BATCH });
  for (const item of due) {
    const recipient = { personId: item.recipientId, name: item.recipient.name };
    const calendarIcs = await inviteFor(tx, context, item, now);
    const rendered = await renderNotificationEmail(context, recipient, item, {
      hasInvite: calendarIcs !== null,
    });
    await queueOutboxEmail(tx, {
      districtId: context.districtId,
      recipientId: item.recipientId,
      toAddress: item.recipient.email,
      kind: item.kind,
      unsubscribeKinds: [item.kind],
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      calendarIcs,
      notificationIds: [item.id],
      now,
    });
  }
  return due.length;
}

/** Turns each person's finished days of digest notifications into one email per day. */
export async function composeDigestEmails(
  tx: Transaction,
  context: ComposeContext,
  now: Date,
): Promise<number> {
  const pending = await lockDigestNotifications(tx, { before: now, limit: COMPOSE_BATCH * 5 });
  if (pending.length === 0) return 0;
  const byId = new Map(pending.map((item) => [item.id, item]));
  const quietHours = new Map(
    pending.map((item) => [
      item.recipientId,
      { emailEvenings: item.recipient.emailEvenings, emailWeekends: item.recipient.emailWeekends },
    ]),
  );
  const groups = groupDailyDigests(pending, { timeZone: context.timeZone, now, quietHours });
  for (const group of groups) {
    const first = byId.get(group.items[0]?.id ?? "");
    if (!first) continue;
    const rendered = await renderDigestEmail(
      context,
      { personId: group.recipientId, name: first.recipient.name },
      { day: first.createdAt, items: group.items },
    );
    await queueOutboxEmail(tx, {
      districtId: context.districtId,
      recipientId: group.recipientId,
      toAddress: first.recipient.email,
      kind: null,
      unsubscribeKinds: rendered.kinds,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      calendarIcs: null,
      notificationIds: group.items.map((item) => item.id),
      now,
    });
  }
  return groups.length;
}
