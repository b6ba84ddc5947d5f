import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person } from "../../schema/index.ts";
import { APP_ROLE } from "../../tenant.ts";

/*
 * The look-ups and the one write an SSO sign-in makes inside Better Auth's own transaction (see
 * packages/api/src/sso/auth-transaction.ts). That transaction runs as the owner; `person` is a
 * tenant table, so the district's part switches to the application role with the district set,
 * as every request does, and switches back before Better Auth writes its rows.
 */

async function asDistrict<T>(
  tx: Transaction,
  districtId: string,
  fn: () => Promise<T>,
): Promise<T> {
  await tx.execute(
    sql`select set_config('role', ${APP_ROLE}, true), set_config('app.district_id', ${districtId}, true)`,
  );
  try {
    return await fn();
  } finally {
    await tx.execute(
      sql`select set_config('role', 'none', true), set_config('app.district_id', '', true)`,
    );
  }
}

export interface DistrictPersonByEmail {
  personId: string;
  active: boolean;
  userId: string | null;
}

/** The district's people with this email, in any letter case. */
export function findDistrictPeopleByEmail(
  tx: Transaction,
  params: { districtId: string; email: string },
): Promise<DistrictPersonByEmail[]> {
  return asDistrict(tx, params.districtId, () =>
    tx
      .select({ personId: person.id, active: person.active, userId: person.userId })
      .from(person)
      .where(
        and(
          eq(person.districtId, params.districtId),
          sql`lower(${person.email}) = lower(${params.email})`,
        ),
      ),
  );
}

/** Whether an active person (in any district) holds this sign-in. */
export async function isUserHeldByActivePerson(tx: Transaction, userId: string) {
  const rows = await tx
    .select({ personId: sql<string>`person_id` })
    .from(sql`identity_membership(${userId})`)
    .limit(1);
  return rows.length > 0;
}

/** Gives a person their sign-in; false when another person already holds that user. */
export function attachUserToPerson(
  tx: Transaction,
  params: { districtId: string; personId: string; userId: string },
): Promise<boolean> {
  return asDistrict(tx, params.districtId, async () => {
    // In a savepoint: a sign-in already held elsewhere breaks the unique key, and that must not
    // abort the whole transaction, only this attempt.
    try {
      return await tx.transaction(async (savepoint) => {
        const updated = await savepoint
          .update(person)
          .set({ userId: params.userId })
          .where(and(eq(person.id, params.personId), isNull(person.userId)))
          .returning({ id: person.id });
        return updated.length === 1;
      });
    } catch {
      return false;
    }
  });
}
