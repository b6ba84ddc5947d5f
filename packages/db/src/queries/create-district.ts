import { eq } from "drizzle-orm";
import type { Database, Transaction } from "../client.ts";
import { district, user } from "../schema/index.ts";
import { buildNewDistrict, type NewDistrictInput } from "../seed/new-district.ts";
import { writeDistrict } from "../seed/write-district.ts";

export type CreateDistrictResult =
  | { ok: true; districtId: string; adminPersonId: string }
  | { ok: false; problem: "slug_taken" | "email_taken" };

/**
 * Writes a new district with the default framework and its first admin, inside the caller's
 * transaction, after checking the slug is free and the admin's email has no sign-in anywhere
 * (`user.email` is global). Afterwards the transaction runs as the application role with the
 * new district set (see writeDistrict), so the caller's later writes are that district's.
 */
export async function createDistrict(
  tx: Transaction,
  input: NewDistrictInput,
): Promise<CreateDistrictResult> {
  if (await slugTaken(tx, input.slug)) return { ok: false, problem: "slug_taken" };
  if (await emailHasSignIn(tx, input.admin.email)) return { ok: false, problem: "email_taken" };
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

async function emailHasSignIn(tx: Transaction, email: string): Promise<boolean> {
  const [found] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email)).limit(1);
  return found !== undefined;
}
