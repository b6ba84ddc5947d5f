import { randomUUID } from "node:crypto";
import type { Role } from "@throughline/domain/enums";
import { hashPassword } from "better-auth/crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, person, personInvite, roleMembership } from "../../schema/index.ts";
import { personOfInvite } from "../sql/same-district-joins.ts";
import { replaceInvites, usableInvite } from "./invite-rows.ts";

/*
 * One-time links for a person to set their password. The caller makes the random token and
 * passes only its hash; the token itself is never stored. An invite is for a person without a
 * sign-in: someone who already has one is told so instead (no password resets here).
 */

/** A new invite; any earlier invite of the person that still works stops working. */
export async function createPersonInvite(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    createdById: string;
    tokenHash: string;
    expiresAt: Date;
    now: Date;
  },
): Promise<void> {
  const { districtId, createdById, now, ...invite } = params;
  await replaceInvites(tx, { districtId, createdById, now, rows: [invite] });
}

export interface OpenInvite {
  inviteId: string;
  personId: string;
  displayName: string;
  email: string;
  districtName: string;
  roles: Role[];
}

/**
 * The invite behind a token hash, if it still works: not used, not replaced, not expired, and
 * for an active person who has no sign-in yet. Anything else is null, whatever the reason.
 */
export async function findOpenInvite(
  tx: Transaction,
  params: { tokenHash: string; now: Date },
): Promise<OpenInvite | null> {
  const [found] = await tx
    .select({
      inviteId: personInvite.id,
      personId: person.id,
      displayName: person.displayName,
      email: person.email,
      districtName: district.name,
    })
    .from(personInvite)
    .innerJoin(person, personOfInvite)
    .innerJoin(district, eq(district.id, person.districtId))
    .where(
      and(
        eq(personInvite.tokenHash, params.tokenHash),
        ...usableInvite(params.now),
        eq(person.active, true),
        isNull(person.userId),
      ),
    )
    .limit(1);
  if (!found) return null;
  const roles = await tx
    .select({ role: roleMembership.role })
    .from(roleMembership)
    .where(eq(roleMembership.personId, found.personId));
  return { ...found, roles: [...new Set(roles.map((row) => row.role))] };
}

/**
 * `email_in_use`: the address already signs in elsewhere (in any district), so no sign-in was
 * made. The invite is used up all the same: whoever holds the link sees the same outcome as a
 * fresh address (see apps/server/src/people/invite-routes.ts).
 */
export type AcceptInviteResult =
  | { ok: true; person: OpenInvite }
  | { ok: false; problem: "invalid" }
  | { ok: false; problem: "email_in_use"; person: OpenInvite };

/**
 * Sets the password: creates the Better Auth user (verified: the link reached their inbox) and
 * its credential account with the password hashed the way Better Auth checks it, links the
 * person and uses the invite up, all in the caller's one transaction. The sign-in tables are
 * private to the auth layer, so the sign-in is made by the narrow `create_person_sign_in`
 * function (auth_tables_private migration), which only ever gives this district's person a
 * sign-in with their own email.
 */
export async function acceptPersonInvite(
  tx: Transaction,
  params: { tokenHash: string; password: string; now: Date },
): Promise<AcceptInviteResult> {
  const invite = await findOpenInvite(tx, params);
  if (!invite) return { ok: false, problem: "invalid" };

  // Claim the invite first, so two posts of the same form cannot both set a password.
  const claimed = await tx
    .update(personInvite)
    .set({ usedAt: params.now })
    .where(and(eq(personInvite.id, invite.inviteId), isNull(personInvite.usedAt)))
    .returning({ id: personInvite.id });
  if (claimed.length === 0) return { ok: false, problem: "invalid" };

  const userId = randomUUID();
  const [created] = await tx
    .select({ outcome: sql<string>`outcome` })
    .from(
      sql`create_person_sign_in(${invite.personId}, ${userId}, ${randomUUID()}, ${await hashPassword(params.password)}) as outcome`,
    );
  if (created?.outcome === "created") return { ok: true, person: invite };
  if (created?.outcome === "email_in_use") {
    return { ok: false, problem: "email_in_use", person: invite };
  }
  return { ok: false, problem: "invalid" };
}
