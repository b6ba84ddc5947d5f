import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, personInvite } from "../../schema/index.ts";
import { findOpenInvite, type OpenInvite } from "./people-admin-invites.ts";

export type JoinInviteResult = { ok: true; person: OpenInvite } | { ok: false };

/**
 * Adds the invite's district to a sign-in that already exists (a regional coach, a partner
 * reviewer): the person gets that user, and the invite is used up, in the caller's tenant
 * transaction. Only for the user whose address the invite was sent to (the inbox the link
 * reached); anything else, like an unusable link, is `ok: false`.
 */
export async function joinInviteWithSignIn(
  tx: Transaction,
  params: { tokenHash: string; userId: string; userEmail: string; now: Date },
): Promise<JoinInviteResult> {
  const invite = await findOpenInvite(tx, params);
  if (!invite || invite.email.toLowerCase() !== params.userEmail.toLowerCase()) {
    return { ok: false };
  }
  const claimed = await tx
    .update(personInvite)
    .set({ usedAt: params.now })
    .where(and(eq(personInvite.id, invite.inviteId), isNull(personInvite.usedAt)))
    .returning({ id: personInvite.id });
  if (claimed.length === 0) return { ok: false };
  // One person per district per sign-in (`person_district_user_key`): a sign-in that already
  // has a person here breaks it, and the whole transaction, invite claim included, rolls back.
  const linked = await tx
    .update(person)
    .set({ userId: params.userId })
    .where(and(eq(person.id, invite.personId), isNull(person.userId)))
    .returning({ id: person.id });
  return linked.length === 1 ? { ok: true, person: invite } : { ok: false };
}
