import type { Transaction } from "@throughline/db/client";
import {
  createEmailedInvites,
  type DistrictSignIn,
  districtSignIn,
  firstEmailedAt,
  type Invitee,
  lockInvitesDueForReminder,
} from "@throughline/db/queries/people/person-invitations";
import { invitationReminderAfterDays } from "@throughline/domain/account";
import { inviteLifetimeDays } from "@throughline/domain/people-admin";
import { inviteUrl, newInviteToken } from "../invite-token.ts";
import { renderInvitationEmail } from "./account-emails.ts";
import { queueAccountEmail } from "./queue-account-email.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EmailInvitationsParams {
  districtId: string;
  /** Who sends them (the admin; for an automatic reminder, whoever sent the invitation). */
  createdById: string;
  invitees: readonly Invitee[];
  publicUrl: string;
  signIn: DistrictSignIn;
  reminder: boolean;
  now: Date;
}

/**
 * Emails each invitee a fresh one-time link, in the caller's transaction: the links (hashed),
 * `emailed_at` (the first invitation's time, kept through reminders) and the outbox messages
 * are written together, so either everyone in the batch is invited or no one is.
 */
export async function emailInvitations(
  tx: Transaction,
  params: EmailInvitationsParams,
): Promise<number> {
  if (params.invitees.length === 0) return 0;
  const expiresAt = new Date(params.now.getTime() + inviteLifetimeDays * DAY_MS);
  const firstEmailed = await firstEmailedAt(
    tx,
    params.invitees.map((invitee) => invitee.id),
  );
  const links = params.invitees.map((invitee) => ({
    invitee,
    ...newInviteToken(params.districtId),
  }));
  await createEmailedInvites(tx, {
    districtId: params.districtId,
    createdById: params.createdById,
    now: params.now,
    rows: links.map(({ invitee, tokenHash }) => ({
      personId: invitee.id,
      tokenHash,
      expiresAt,
      emailedAt: firstEmailed.get(invitee.id) ?? params.now,
      remindedAt: params.reminder ? params.now : null,
    })),
  });
  for (const { invitee, token } of links) {
    const email = renderInvitationEmail({
      publicUrl: params.publicUrl,
      districtName: params.signIn.name,
      timeZone: params.signIn.timeZone,
      recipientName: invitee.displayName,
      email: invitee.email,
      inviteUrl: inviteUrl(params.publicUrl, token),
      expiresAt,
      reminder: params.reminder,
    });
    await queueAccountEmail(tx, {
      districtId: params.districtId,
      recipientId: invitee.id,
      toAddress: invitee.email,
      email,
      now: params.now,
    });
  }
  return links.length;
}

/**
 * The worker's automatic reminder: once, a few days after an emailed invitation that nobody
 * accepted, with a fresh link. The new link carries `reminded_at`, and the old one is revoked,
 * so running this again (or on a second worker at once) sends nothing more. A district that
 * signs in with single sign-on only sends none.
 */
export async function sendDueInvitationReminders(
  tx: Transaction,
  params: { districtId: string; publicUrl: string; now: Date; limit?: number },
): Promise<number> {
  const signIn = await districtSignIn(tx, params.districtId);
  if (signIn.singleSignOnOnly) return 0;
  const due = await lockInvitesDueForReminder(tx, {
    emailedBefore: new Date(params.now.getTime() - invitationReminderAfterDays * DAY_MS),
    limit: params.limit ?? 200,
  });
  let sent = 0;
  // Each reminder is sent in the name of whoever sent that invitation.
  const bySender = new Map<string, typeof due>();
  for (const invite of due) {
    bySender.set(invite.createdById, [...(bySender.get(invite.createdById) ?? []), invite]);
  }
  for (const [createdById, invites] of bySender) {
    sent += await emailInvitations(tx, {
      districtId: params.districtId,
      createdById,
      invitees: invites.map((invite) => ({
        id: invite.personId,
        displayName: invite.displayName,
        email: invite.email,
      })),
      publicUrl: params.publicUrl,
      signIn,
      reminder: true,
      now: params.now,
    });
  }
  return sent;
}
