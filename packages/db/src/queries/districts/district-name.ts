import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district } from "../../schema/index.ts";

/* `district` is global (it is the tenant), so every statement names the viewer's district. */

export async function loadDistrictName(tx: Transaction, districtId: string): Promise<string> {
  const [row] = await tx
    .select({ name: district.name })
    .from(district)
    .where(eq(district.id, districtId));
  if (!row) throw new Error("The district is missing.");
  return row.name;
}

/** Renames the district (its slug, in links people already have, stays). */
export async function renameDistrict(
  tx: Transaction,
  districtId: string,
  name: string,
): Promise<void> {
  await tx.update(district).set({ name }).where(eq(district.id, districtId));
}
