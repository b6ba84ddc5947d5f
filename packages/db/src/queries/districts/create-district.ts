import { eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "../../client.ts";
import { district, person, user } from "../../schema/index.ts";
import { buildNewDistrict, type NewDistrictInput } from "../../seed/new-district.ts";
import { writeDistrict } from "../../seed/write-district.ts";

export type CreateDistrictResult =
  | { ok: true; districtId: string; adminPersonId: string }
  | { ok: false; problem: "slug_taken" | "email_taken" };

/**
 * Writes a new district with the default framework and its first admin, inside the caller's
 * transaction, after checking the slug is free and the admin's email is nobody's in any
 * district. Afterwards the transaction runs as the application role with the
 * new district set (see writeDistrict), so the caller's later writes are that district's.
 */
export async function createDistrict(
  tx: Transaction,
  input: NewDistrictInput,
): Promise<CreateDistrictResult> {
  if (await slugTaken(tx, input.slug)) return { ok: false, problem: "slug_taken" };
  if (await emailTaken(tx, input.admin.email)) return { ok: false, problem: "email_taken" };
  const built = buildNewDistrict(input);
  // A transaction is a database here: writeDistrict's own transaction becomes a savepoint.
  await writeDistrict(tx, built.rows);
  return { ok: true, districtId: built.districtId, adminPersonId: built.adminPersonId };
}

export async function slugTaken(tx: Transaction | Database, slug: string): Promise<boolean> {
  const [found] = await tx
    .select({ id: district.id })
    .from(district)
    .where(eq(district.slug, slug))
    .limit(1);
  return found !== undefined;
}

/**
 * Whether an email is taken: it signs in (`user.email` is global) or belongs to a person in any
 * district, perhaps invited and not signed in yet. People sit behind forced row-level security;
 * the connecting role owns the tables and reads them for this one question through the
 * identity-lookup policy (see the tenant_security migration), turned on only around the query.
 */
async function emailTaken(tx: Transaction, email: string): Promise<boolean> {
  const [signsIn] = await tx
    .select({ id: user.id })
    .from(user)
    .where(eq(user.email, email))
    .limit(1);
  if (signsIn) return true;
  await tx.execute(sql`select set_config('app.identity_lookup', 'on', true)`);
  const [listed] = await tx
    .select({ id: person.id })
    .from(person)
    .where(sql`lower(${person.email}) = lower(${email})`)
    .limit(1);
  await tx.execute(sql`select set_config('app.identity_lookup', 'off', true)`);
  return listed !== undefined;
}
