import type { Database } from "@throughline/db/client";
import { findPersonForUser } from "@throughline/db/identity";
import { findPersonContact } from "@throughline/db/queries/people/person-contact";
import { districtSignIn } from "@throughline/db/queries/people/person-invitations";
import { withTenant } from "@throughline/db/tenant";
import { renderPasswordResetEmail } from "./account-emails.ts";
import { queueAccountEmail } from "./queue-account-email.ts";

/** The page the emailed link opens: the server's own form, not a Better Auth redirect. */
export function passwordResetUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/password/reset/${encodeURIComponent(token)}`;
}

/**
 * Better Auth's `sendResetPassword`: writes the reset email into the person's district outbox,
 * which the worker delivers like any other message. Nothing is sent for a user who is not an
 * active person of a district, nor in a district where password sign-in is off; the page says
 * the same thing either way.
 */
export function passwordResetSender(deps: { db: Database; publicUrl: string }) {
  return async ({ user, token }: { user: { id: string }; token: string }): Promise<void> => {
    const membership = await findPersonForUser(deps.db, user.id);
    if (!membership) return;
    await withTenant(deps.db, membership.districtId, async (tx) => {
      const signIn = await districtSignIn(tx, membership.districtId);
      if (!signIn.passwordSignIn) return;
      const recipient = await findPersonContact(tx, membership.personId);
      if (!recipient) return;
      const email = renderPasswordResetEmail({
        publicUrl: deps.publicUrl,
        districtName: signIn.name,
        recipientName: recipient.name,
        resetUrl: passwordResetUrl(deps.publicUrl, token),
      });
      await queueAccountEmail(tx, {
        districtId: membership.districtId,
        recipientId: membership.personId,
        toAddress: recipient.email,
        email,
        now: new Date(),
      });
    });
  };
}
