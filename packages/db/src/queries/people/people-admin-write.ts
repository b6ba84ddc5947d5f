import type { PersonRole } from "@throughline/domain/people-admin";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  partnerReviewerOffer,
  person,
  reviewerCertification,
  roleMembership,
} from "../../schema/index.ts";

/*
 * Creating and changing people. Nobody is ever deleted: a person with history is deactivated,
 * which also stops their sign-in (sign-in finds only active people).
 */

export type PersonWriteResult =
  | { ok: true; personId: string }
  | { ok: false; problem: "email_taken" };

/** Another person of the district has this email (the admin sees them anyway). */
async function emailTaken(
  tx: Transaction,
  params: { email: string; exceptPersonId: string | null },
): Promise<boolean> {
  const sameEmail = sql`lower(${person.email}) = ${params.email}`;
  const [found] = await tx
    .select({ id: person.id })
    .from(person)
    .where(params.exceptPersonId ? and(sameEmail, ne(person.id, params.exceptPersonId)) : sameEmail)
    .limit(1);
  return Boolean(found);
}

async function replaceRoles(
  tx: Transaction,
  params: { districtId: string; personId: string; roles: readonly PersonRole[] },
): Promise<void> {
  await tx.delete(roleMembership).where(eq(roleMembership.personId, params.personId));
  if (params.roles.length === 0) return;
  await tx.insert(roleMembership).values(
    params.roles.map((entry) => ({
      districtId: params.districtId,
      personId: params.personId,
      role: entry.role,
      schoolId: entry.schoolId,
    })),
  );
}

/** A new person without a sign-in; they get one through an invite. */
export async function createPerson(
  tx: Transaction,
  params: {
    districtId: string;
    input: { displayName: string; email: string; roles: readonly PersonRole[] };
  },
): Promise<PersonWriteResult> {
  if (await emailTaken(tx, { email: params.input.email, exceptPersonId: null })) {
    return { ok: false, problem: "email_taken" };
  }
  const [created] = await tx
    .insert(person)
    .values({
      districtId: params.districtId,
      displayName: params.input.displayName,
      email: params.input.email,
    })
    .returning({ id: person.id });
  if (!created) throw new Error("The person was not created.");
  await replaceRoles(tx, {
    districtId: params.districtId,
    personId: created.id,
    roles: params.input.roles,
  });
  return { ok: true, personId: created.id };
}

/**
 * Name, email and roles in one go; the roles given replace all the person held. A person with a
 * sign-in signs in with their email, so the sign-in's email and name follow, through the narrow
 * `follow_person_sign_in` function (the sign-in tables are private to the auth layer). When
 * another sign-in, perhaps in another district, already has the address, the sign-in keeps the
 * address it had and the change is saved all the same: answering "taken" would tell a district
 * admin that the address signs in somewhere else.
 */
export async function updatePerson(
  tx: Transaction,
  params: {
    districtId: string;
    input: { personId: string; displayName: string; email: string; roles: readonly PersonRole[] };
  },
): Promise<PersonWriteResult> {
  const { input } = params;
  if (await emailTaken(tx, { email: input.email, exceptPersonId: input.personId })) {
    return { ok: false, problem: "email_taken" };
  }
  const [updated] = await tx
    .update(person)
    .set({ displayName: input.displayName, email: input.email })
    .where(eq(person.id, input.personId))
    .returning({ userId: person.userId });
  if (!updated) throw new Error("The person was not found.");
  if (updated.userId) {
    await tx.execute(sql`select follow_person_sign_in(${input.personId})`);
  }
  await replaceRoles(tx, {
    districtId: params.districtId,
    personId: input.personId,
    roles: input.roles,
  });
  return { ok: true, personId: input.personId };
}

/**
 * Deactivates (history stays, sign-in stops) or reactivates a person. Deactivating also ends
 * every session of their sign-in in the same transaction, so they are signed out everywhere at
 * once; reactivating brings none back (they sign in again). It also withdraws this district's
 * offers of them as a reviewer to partner districts: someone who no longer reviews here stops
 * reviewing there under our certification (offering them again is a new decision).
 */
export async function setPersonActive(
  tx: Transaction,
  params: { personId: string; active: boolean },
): Promise<void> {
  const [updated] = await tx
    .update(person)
    .set({ active: params.active })
    .where(eq(person.id, params.personId))
    .returning({ userId: person.userId });
  if (!params.active && updated?.userId) {
    await tx.execute(sql`select sign_out_person(${params.personId})`);
  }
  if (!params.active) await withdrawPartnerOffersOf(tx, params.personId);
}

/** The open offers of the person's certifications to partner districts, withdrawn now. */
async function withdrawPartnerOffersOf(tx: Transaction, personId: string): Promise<void> {
  const certifications = tx
    .select({ id: reviewerCertification.id })
    .from(reviewerCertification)
    .where(eq(reviewerCertification.personId, personId));
  await tx
    .update(partnerReviewerOffer)
    .set({ withdrawnAt: new Date() })
    .where(
      and(
        inArray(partnerReviewerOffer.certificationId, certifications),
        isNull(partnerReviewerOffer.withdrawnAt),
        isNull(partnerReviewerOffer.declinedAt),
      ),
    );
}
